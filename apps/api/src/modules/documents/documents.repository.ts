import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { DocumentCategory, DocumentOwnerKind, DocumentScanStatus } from '@jcc/contracts';
import type { DocumentRecord } from './document-record';

export type NewDocument = Omit<DocumentRecord, 'id' | 'createdAt'> & { id: string };

export interface DocumentKey {
  at: string;
  id: string;
}

const COLUMNS = `id, owner_kind AS "ownerKind", owner_id AS "ownerId", category, paper,
  company_id AS "companyId", name, content_type AS "contentType", size::float8 AS size,
  storage_key AS "storageKey", thumbnail_key AS "thumbnailKey", issuer,
  to_char(expires_on, 'YYYY-MM-DD') AS "expiresOn", scan_status AS "scanStatus",
  client_id AS "clientId", uploaded_by AS "uploadedBy", created_at AS "createdAt"`;

/** The only place that reads or writes `documents`. */
@Injectable()
export class DocumentsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Inserts the row; null when the owner already has a document with this clientId. */
  async insert(document: NewDocument): Promise<DocumentRecord | null> {
    const rows = await this.txHost.tx.query<DocumentRecord[]>(
      `INSERT INTO documents (id, owner_kind, owner_id, category, paper, company_id, name,
         content_type, size, storage_key, thumbnail_key, issuer, expires_on, scan_status,
         client_id, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (owner_kind, owner_id, client_id) DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        document.id,
        document.ownerKind,
        document.ownerId,
        document.category,
        document.paper,
        document.companyId,
        document.name,
        document.contentType,
        document.size,
        document.storageKey,
        document.thumbnailKey,
        document.issuer,
        document.expiresOn,
        document.scanStatus,
        document.clientId,
        document.uploadedBy,
      ],
    );
    return rows[0] ?? null;
  }

  async findById(id: string): Promise<DocumentRecord | null> {
    const rows = await this.txHost.tx.query<DocumentRecord[]>(
      `SELECT ${COLUMNS} FROM documents WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findByClientId(
    ownerKind: DocumentOwnerKind,
    ownerId: string,
    clientId: string,
  ): Promise<DocumentRecord | null> {
    const rows = await this.txHost.tx.query<DocumentRecord[]>(
      `SELECT ${COLUMNS} FROM documents WHERE owner_kind = $1 AND owner_id = $2 AND client_id = $3`,
      [ownerKind, ownerId, clientId],
    );
    return rows[0] ?? null;
  }

  /** Newest first, only the categories given, after the keyset position. */
  list(
    ownerKind: DocumentOwnerKind,
    ownerId: string,
    categories: readonly DocumentCategory[],
    after: DocumentKey | null,
    limit: number,
  ): Promise<DocumentRecord[]> {
    return this.txHost.tx.query<DocumentRecord[]>(
      `SELECT ${COLUMNS} FROM documents
       WHERE owner_kind = $1 AND owner_id = $2 AND category = ANY($3) AND scan_status <> 'refused'
         AND ($4::timestamptz IS NULL
           OR (date_trunc('milliseconds', created_at), id) < ($4::timestamptz, $5::uuid))
       ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC LIMIT $6`,
      [ownerKind, ownerId, categories, after?.at ?? null, after?.id ?? null, limit],
    );
  }

  /**
   * Serialises a firm's uploads (transaction-scoped advisory lock), so that two parallel uploads
   * cannot both fit under the quota that only one of them fits under.
   */
  async lockCompany(companyId: string): Promise<void> {
    await this.txHost.tx.query(`SELECT pg_advisory_xact_lock(hashtext('documents:' || $1))`, [
      companyId,
    ]);
  }

  async usedBytes(companyId: string): Promise<number> {
    const rows = await this.txHost.tx.query<{ used: number }[]>(
      `SELECT coalesce(sum(size), 0)::float8 AS used FROM documents
       WHERE company_id = $1 AND scan_status <> 'refused'`,
      [companyId],
    );
    return rows[0].used;
  }

  /** Documents still waiting for a virus scan (after a restart, their scan is started again). */
  pendingScans(limit: number): Promise<DocumentRecord[]> {
    return this.txHost.tx.query<DocumentRecord[]>(
      `SELECT ${COLUMNS} FROM documents WHERE scan_status = 'pending' ORDER BY created_at LIMIT $1`,
      [limit],
    );
  }

  async setScanStatus(id: string, status: DocumentScanStatus): Promise<void> {
    await this.txHost.tx.query(`UPDATE documents SET scan_status = $2 WHERE id = $1`, [id, status]);
  }

  async delete(id: string): Promise<void> {
    await this.txHost.tx.query(`DELETE FROM documents WHERE id = $1`, [id]);
  }

  /** Evidence papers a firm uploaded after a moment (which of a staff request is answered). */
  async papersSince(companyId: string, since: Date): Promise<string[]> {
    const rows = await this.txHost.tx.query<{ paper: string }[]>(
      `SELECT DISTINCT paper FROM documents
       WHERE owner_kind = 'company' AND owner_id = $1 AND category = 'evidence'
         AND paper IS NOT NULL AND created_at >= $2 AND scan_status <> 'refused'`,
      [companyId, since],
    );
    return rows.map((row) => row.paper);
  }
}
