import { Injectable } from '@nestjs/common';
import type {
  ChatMessage,
  DocumentCategory,
  DocumentOwnerKind,
  EvidencePaper,
} from '@jcc/contracts';
import type { AuthUser } from '../../../common/auth-user';
import { InvalidInputError } from '../../../common/errors/domain-error';
import type { DocumentRecord } from '../document-record';

/** What an upload asks for, before its bytes are read. */
export interface UploadIntent {
  ownerKind: DocumentOwnerKind;
  ownerId: string;
  category: DocumentCategory;
  paper?: EvidencePaper;
  issuer?: string;
  expiresOn?: string;
  clientId?: string;
  /** Chat: words sent with the file. */
  caption?: string;
}

export interface UploadGrant {
  /** The firm whose quota the file counts against (null: none, e.g. chamber staff in chat). */
  chargeCompanyId: string | null;
}

/** What an upload adds to its answer besides the document (chat: the message carrying it). */
export interface UploadExtras {
  message?: ChatMessage;
}

/**
 * Who may do what with the documents of one owner kind. The documents module stores, checks and
 * serves files; each owner kind's policy answers the questions only its feature can. A feature
 * plugs in by registering its policy with `DocumentOwnerPolicies` at start (see agreements in the
 * README of this folder's module: `policies.register(new AgreementDocumentsPolicy(…))`).
 */
export interface DocumentOwnerPolicy {
  readonly kind: DocumentOwnerKind;
  /** Throws (404 / 403 / 400) unless the user may add this document; says whose quota it uses. */
  authorizeUpload(user: AuthUser, intent: UploadIntent): Promise<UploadGrant>;
  /** The categories of this owner's documents the viewer may see; none → the owner is a 404. */
  readableCategories(
    viewer: AuthUser | null,
    ownerId: string,
  ): Promise<readonly DocumentCategory[]>;
  mayDelete(user: AuthUser, document: DocumentRecord): Promise<boolean>;
  /** Reads of restricted documents go to the audit log; public ones (a catalogue) do not. */
  isRestricted(document: DocumentRecord): boolean;
  /** In the upload's transaction, after the row: returning null means "already done" (clientId). */
  onStored?(
    user: AuthUser,
    document: DocumentRecord,
    intent: UploadIntent,
  ): Promise<UploadExtras | null>;
  /** After the commit (chat: broadcast the message). */
  afterCommit?(extras: UploadExtras): void;
  /** The extras of an upload a retried clientId repeats. */
  replay?(user: AuthUser, document: DocumentRecord): Promise<UploadExtras>;
}

/** The policies by owner kind; features register theirs when their module starts. */
@Injectable()
export class DocumentOwnerPolicies {
  private readonly policies = new Map<DocumentOwnerKind, DocumentOwnerPolicy>();

  register(policy: DocumentOwnerPolicy): void {
    this.policies.set(policy.kind, policy);
  }

  get(kind: DocumentOwnerKind): DocumentOwnerPolicy {
    const policy = this.policies.get(kind);
    if (!policy) {
      throw InvalidInputError.field('ownerKind', `documents cannot be attached to ${kind} yet`);
    }
    return policy;
  }
}
