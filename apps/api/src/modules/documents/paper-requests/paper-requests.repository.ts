import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { EvidencePaper } from '@jcc/contracts';

export interface PaperRequestRow {
  id: string;
  companyId: string;
  papers: EvidencePaper[];
  note: string | null;
  createdAt: Date;
}

const COLUMNS = `id, company_id AS "companyId", papers, note, created_at AS "createdAt"`;

/** The only place that reads or writes `paper_requests`. */
@Injectable()
export class PaperRequestsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async insert(
    companyId: string,
    papers: EvidencePaper[],
    note: string | null,
    requestedBy: string,
  ): Promise<PaperRequestRow> {
    const rows = await this.txHost.tx.query<PaperRequestRow[]>(
      `INSERT INTO paper_requests (company_id, papers, note, requested_by)
       VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [companyId, papers, note, requestedBy],
    );
    return rows[0];
  }

  /** The newest requests first (a firm gets few: one per refusal). */
  latest(companyId: string, limit: number): Promise<PaperRequestRow[]> {
    return this.txHost.tx.query<PaperRequestRow[]>(
      `SELECT ${COLUMNS} FROM paper_requests WHERE company_id = $1
       ORDER BY created_at DESC, id DESC LIMIT $2`,
      [companyId, limit],
    );
  }
}
