import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type {
  DocumentResponse,
  DocumentUploadResponse,
  DocumentUsageResponse,
  Page,
} from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../common/auth-user';
import {
  DomainError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
} from '../../common/errors/domain-error';
import { cursorFields, decodeCursor } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-page';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import {
  DocumentOwnerPolicies,
  type DocumentOwnerPolicy,
  type UploadGrant,
  type UploadIntent,
} from './access/document-owner-policy';
import { toDocumentResponse, type DocumentRecord } from './document-record';
import { DocumentsRepository, type DocumentKey } from './documents.repository';
import type { ListDocumentsQuery } from './dto/list-documents.query';
import { ScanQueue, type ScanOutcome } from './scan/scan-queue';
import { FILE_STORE, type FileStore } from './storage/file-store';
import { isImage, processImage, THUMBNAIL } from './upload/image-processing';
import { inspectFile } from './upload/inspect-file';
import type { ReceivedFile } from './upload/receive-upload';
import { attachmentDisposition, safeFileName } from './upload/safe-file-name';

/**
 * The upload's answer (`created: false` when the clientId was already stored: the stored document
 * is answered, nothing new), with the owner policy's extras (chat: the message carrying it).
 */
export type UploadResult = DocumentUploadResponse;

export interface PreparedUpload {
  intent: UploadIntent;
  policy: DocumentOwnerPolicy;
  grant: UploadGrant;
  /** A retried clientId: the document it stored. */
  stored: DocumentRecord | null;
}

export interface OpenedFile {
  stream: Readable;
  contentType: string;
  disposition: string;
  size: number | null;
}

/** The clientId was stored by a parallel upload while this one was in flight. */
class AlreadyStored extends Error {}

/**
 * Stores, lists, serves and deletes documents of any owner kind; the owner kind's policy says
 * who may. An upload is checked from its bytes (type, zip directory, image decode), written to
 * the file store, then recorded in one transaction with its audit row (and, for chat, its
 * message); if anything after the write fails, the objects are removed again, so a failed upload
 * leaves neither an object nor a row.
 */
@Injectable()
export class DocumentsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Documents');
  private readonly quotaBytes: number;

  constructor(
    private readonly documents: DocumentsRepository,
    private readonly policies: DocumentOwnerPolicies,
    private readonly audit: AuditService,
    private readonly scans: ScanQueue,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.quotaBytes = config.env.DOCUMENTS_QUOTA_MB_PER_FIRM * 1024 * 1024;
  }

  /**
   * Scans run in this process: uploads left `pending` by a restart (or by clamd being away) are
   * scanned again at start, so none stays unavailable for good.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.scans.enabled) {
      return;
    }
    for (const document of await this.documents.pendingScans(1000)) {
      this.scans.enqueue(document.id, document.storageKey, (outcome) => this.settleScan(outcome));
    }
  }

  get storageDriver(): FileStore['driver'] {
    return this.files.driver;
  }

  /** Everything that can be decided before the body is read: access, a retry, a full quota. */
  async prepare(user: AuthUser, intent: UploadIntent): Promise<PreparedUpload> {
    const policy = this.policies.get(intent.ownerKind);
    const grant = await policy.authorizeUpload(user, intent);
    const stored = intent.clientId
      ? await this.documents.findByClientId(intent.ownerKind, intent.ownerId, intent.clientId)
      : null;
    if (stored && stored.uploadedBy !== user.id) {
      throw new DomainError('client_id_taken', 'This clientId belongs to another upload');
    }
    if (!stored && grant.chargeCompanyId) {
      await this.assertQuota(grant.chargeCompanyId, 1);
    }
    return { intent, policy, grant, stored };
  }

  /** The answer to a retried clientId: the stored document (and its message), nothing new. */
  async replay(user: AuthUser, prepared: PreparedUpload): Promise<UploadResult> {
    const stored = prepared.stored!;
    const extras = (await prepared.policy.replay?.(user, stored)) ?? {};
    return { document: toDocumentResponse(stored), created: false, ...extras };
  }

  async store(user: AuthUser, prepared: PreparedUpload, file: ReceivedFile): Promise<UploadResult> {
    const { intent, policy, grant } = prepared;
    const id = randomUUID();
    const cleanPath = `${file.path}.clean`;
    const thumbnailPath = `${file.path}.thumb`;
    const written: string[] = [];
    try {
      const contentType = await inspectFile(file.path);
      let source = file.path;
      let size = file.size;
      let thumbnailKey: string | null = null;
      if (isImage(contentType)) {
        await processImage(file.path, cleanPath, thumbnailPath, contentType);
        source = cleanPath;
        size = (await stat(cleanPath)).size;
        thumbnailKey = `documents/${id}.thumb.webp`;
      }
      if (grant.chargeCompanyId) {
        await this.assertQuota(grant.chargeCompanyId, size);
      }
      const storageKey = `documents/${id}`;
      await this.files.put(storageKey, createReadStream(source), contentType);
      written.push(storageKey);
      if (thumbnailKey) {
        await this.files.put(thumbnailKey, createReadStream(thumbnailPath), THUMBNAIL.contentType);
        written.push(thumbnailKey);
      }
      const { record, extras } = await this.txHost.withTransaction(async () => {
        if (grant.chargeCompanyId) {
          await this.documents.lockCompany(grant.chargeCompanyId);
          await this.assertQuota(grant.chargeCompanyId, size);
        }
        const inserted = await this.documents.insert({
          id,
          ownerKind: intent.ownerKind,
          ownerId: intent.ownerId,
          category: intent.category,
          paper: intent.paper ?? null,
          companyId: grant.chargeCompanyId,
          name: safeFileName(file.clientName, contentType),
          contentType,
          size,
          storageKey,
          thumbnailKey,
          issuer: intent.issuer ?? null,
          expiresOn: intent.expiresOn ?? null,
          scanStatus: this.scans.enabled ? 'pending' : 'clean',
          clientId: intent.clientId ?? null,
          uploadedBy: user.id,
        });
        if (!inserted) {
          throw new AlreadyStored();
        }
        await this.audit.record(user, {
          action: 'document.upload',
          target: { type: 'document', id },
          after: auditFacts(inserted),
        });
        const added = policy.onStored ? await policy.onStored(user, inserted, intent) : {};
        if (added === null) {
          throw new AlreadyStored();
        }
        return { record: inserted, extras: added };
      });
      written.length = 0;
      policy.afterCommit?.(extras);
      if (this.scans.enabled) {
        this.scans.enqueue(record.id, record.storageKey, (outcome) => this.settleScan(outcome));
      }
      return { document: toDocumentResponse(record), created: true, ...extras };
    } catch (error) {
      if (error instanceof AlreadyStored) {
        const stored = await this.documents.findByClientId(
          intent.ownerKind,
          intent.ownerId,
          intent.clientId!,
        );
        if (stored) {
          return this.replay(user, { ...prepared, stored });
        }
      }
      throw error;
    } finally {
      await Promise.all([
        file.discard(),
        rm(cleanPath, { force: true }),
        rm(thumbnailPath, { force: true }),
        ...written.map((key) => this.removeObject(key)),
      ]);
    }
  }

  async list(viewer: AuthUser | null, query: ListDocumentsQuery): Promise<Page<DocumentResponse>> {
    const policy = this.policies.get(query.ownerKind);
    const readable = await policy.readableCategories(viewer, query.ownerId);
    if (readable.length === 0) {
      throw new NotFoundError('Owner');
    }
    const categories = query.category
      ? readable.filter((category) => category === query.category)
      : readable;
    const after: DocumentKey | null = query.cursor
      ? decodeCursor(query.cursor, { at: cursorFields.timestamp, id: cursorFields.uuid })
      : null;
    return keysetPage(
      query,
      (limit) => this.documents.list(query.ownerKind, query.ownerId, categories, after, limit),
      {
        items: (rows) => rows.map((row) => toDocumentResponse(row)),
        key: (row) => ({ at: row.createdAt.toISOString(), id: row.id }),
      },
    );
  }

  async get(viewer: AuthUser | null, id: string): Promise<DocumentResponse> {
    return toDocumentResponse((await this.readable(viewer, id)).document);
  }

  /** The file's bytes as a stream, for an attachment download; restricted reads are audited. */
  async open(viewer: AuthUser | null, id: string, thumbnail: boolean): Promise<OpenedFile> {
    const { document, policy } = await this.readable(viewer, id);
    if (document.scanStatus !== 'clean') {
      throw new DomainError(
        'file_not_ready',
        document.scanStatus === 'pending'
          ? 'The file is still being checked for viruses; try again in a moment'
          : 'The virus scan refused this file',
      );
    }
    const key = thumbnail ? document.thumbnailKey : document.storageKey;
    if (!key) {
      throw new NotFoundError('Thumbnail');
    }
    if (policy.isRestricted(document) && !thumbnail) {
      await this.txHost.withTransaction(() =>
        this.audit.record(viewer, {
          action: 'document.download',
          target: { type: 'document', id: document.id },
        }),
      );
    }
    const stream = await this.files.open(key);
    const name = thumbnail ? document.name.replace(/\.[^.]+$/, '.thumb.webp') : document.name;
    return {
      stream,
      contentType: thumbnail ? THUMBNAIL.contentType : document.contentType,
      disposition: attachmentDisposition(name),
      size: thumbnail ? null : document.size,
    };
  }

  /** Removes the row (with its audit entry), then the objects from the store. */
  async remove(user: AuthUser, id: string): Promise<void> {
    const { document, policy } = await this.readable(user, id);
    if (!(await policy.mayDelete(user, document))) {
      throw new ForbiddenError('Only whoever may manage this document can delete it');
    }
    await this.txHost.withTransaction(async () => {
      await this.documents.delete(document.id);
      await this.audit.record(user, {
        action: 'document.delete',
        target: { type: 'document', id: document.id },
        before: auditFacts(document),
      });
    });
    await Promise.all(
      [document.storageKey, document.thumbnailKey]
        .filter((key): key is string => key !== null)
        .map((key) => this.removeObject(key)),
    );
  }

  async usage(user: AuthUser, companyId: string): Promise<DocumentUsageResponse> {
    if (!isStaff(user) && user.companyId !== companyId) {
      throw new NotFoundError('Company');
    }
    return {
      companyId,
      usedBytes: await this.documents.usedBytes(companyId),
      quotaBytes: this.quotaBytes,
    };
  }

  /** Waits for running virus scans (tests, shutdown). */
  scansSettled(): Promise<void> {
    return this.scans.idle();
  }

  private async settleScan({ documentId, verdict }: ScanOutcome): Promise<void> {
    if (verdict === null) {
      return;
    }
    const document = await this.documents.findById(documentId);
    if (!document) {
      return;
    }
    if (verdict.clean) {
      await this.documents.setScanStatus(documentId, 'clean');
      return;
    }
    await this.txHost.withTransaction(async () => {
      await this.documents.setScanStatus(documentId, 'refused');
      await this.audit.record(null, {
        action: 'document.refuse',
        target: { type: 'document', id: documentId },
        after: { signature: verdict.signature },
      });
    });
    await Promise.all(
      [document.storageKey, document.thumbnailKey]
        .filter((key): key is string => key !== null)
        .map((key) => this.removeObject(key)),
    );
  }

  private async readable(
    viewer: AuthUser | null,
    id: string,
  ): Promise<{ document: DocumentRecord; policy: DocumentOwnerPolicy }> {
    const document = await this.documents.findById(id);
    if (!document) {
      throw new NotFoundError('Document');
    }
    const policy = this.policies.get(document.ownerKind);
    const readable = await policy.readableCategories(viewer, document.ownerId);
    if (!readable.includes(document.category)) {
      throw new NotFoundError('Document');
    }
    return { document, policy };
  }

  private async assertQuota(companyId: string, adding: number): Promise<void> {
    const used = await this.documents.usedBytes(companyId);
    if (used + adding > this.quotaBytes) {
      throw new PayloadTooLargeError(
        `The firm's document storage is full (${formatMb(used)} of ${formatMb(this.quotaBytes)} MB used); delete some files first`,
        'storage_quota_exceeded',
      );
    }
  }

  private async removeObject(key: string): Promise<void> {
    try {
      await this.files.remove(key);
    } catch (error) {
      this.logger.error(`Could not remove ${key} from the file store: ${String(error)}`);
    }
  }
}

function formatMb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function auditFacts(document: DocumentRecord) {
  return {
    ownerKind: document.ownerKind,
    ownerId: document.ownerId,
    category: document.category,
    name: document.name,
    contentType: document.contentType,
    size: document.size,
  };
}
