import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { Country, OpportunityKind, OpportunityStatus, SectorCode } from '@jcc/contracts';
import {
  OPPORTUNITY_COLUMNS,
  type OpportunityFields,
  type OpportunityRow,
} from './opportunity-row';

export interface BoardFilter {
  kind?: OpportunityKind;
  sector?: SectorCode;
  hs?: string;
  country?: Country;
  /** A prefix tsquery (see companies/search-query), already made safe. */
  tsQuery?: string;
}

export interface SortKey {
  at: string;
  id: string;
}

/** The only place that reads and writes `opportunities` (the table's owner is this module). */
@Injectable()
export class OpportunitiesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query<T>(text: string, params: unknown[]): Promise<T[]> {
    return this.txHost.tx.query<T[]>(text, params);
  }

  async insert(
    fields: OpportunityFields & {
      companyId: string;
      userId: string;
      country: Country;
      status: 'draft' | 'submitted';
    },
  ): Promise<OpportunityRow> {
    const [row] = await this.query<OpportunityRow>(
      `WITH inserted AS (
         INSERT INTO opportunities AS o (company_id, created_by_user_id, kind, title, summary,
           sectors, hs_chapters, country, deadline, status, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date, $10,
           CASE WHEN $10 = 'submitted' THEN now() END)
         RETURNING *
       )
       SELECT ${OPPORTUNITY_COLUMNS}, o.created_at::text AS "sortAt" FROM inserted o`,
      [
        fields.companyId,
        fields.userId,
        fields.kind,
        fields.title,
        fields.summary,
        fields.sectors,
        fields.hsChapters,
        fields.country,
        fields.deadline,
        fields.status,
      ],
    );
    return row;
  }

  /** The row locked for the rest of the transaction (every state change starts here). */
  async findForUpdate(id: string): Promise<OpportunityRow | null> {
    const rows = await this.query<OpportunityRow>(
      `SELECT ${OPPORTUNITY_COLUMNS}, o.created_at::text AS "sortAt"
       FROM opportunities o WHERE o.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findById(id: string): Promise<OpportunityRow | null> {
    const rows = await this.query<OpportunityRow>(
      `SELECT ${OPPORTUNITY_COLUMNS}, o.created_at::text AS "sortAt"
       FROM opportunities o WHERE o.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async updateFields(id: string, fields: OpportunityFields, status: OpportunityStatus) {
    return this.change(
      id,
      `kind = $2, title = $3, summary = $4, sectors = $5, hs_chapters = $6, deadline = $7::date,
       status = $8,
       submitted_at = CASE WHEN $8 = 'submitted' AND o.status <> 'submitted' THEN now()
         ELSE o.submitted_at END,
       published_at = CASE WHEN $8 = 'published' THEN o.published_at END`,
      [
        fields.kind,
        fields.title,
        fields.summary,
        fields.sectors,
        fields.hsChapters,
        fields.deadline,
        status,
      ],
    );
  }

  setStatus(
    id: string,
    status: OpportunityStatus,
    extra: { refusalReason?: string | null; reviewerId?: string } = {},
  ): Promise<OpportunityRow> {
    return this.change(
      id,
      `status = $2,
       refusal_reason = CASE WHEN $2 = 'refused' THEN $3
         WHEN $2 IN ('submitted', 'published') THEN NULL ELSE o.refusal_reason END,
       submitted_at = CASE WHEN $2 = 'submitted' THEN now() ELSE o.submitted_at END,
       published_at = CASE WHEN $2 = 'published' THEN now() ELSE o.published_at END,
       reviewed_by_user_id = coalesce($4, o.reviewed_by_user_id),
       closed_at = CASE WHEN $2 IN ('closed', 'expired') THEN now() ELSE o.closed_at END`,
      [status, extra.refusalReason ?? null, extra.reviewerId ?? null],
    );
  }

  private async change(id: string, set: string, params: unknown[]): Promise<OpportunityRow> {
    const [row] = await this.query<OpportunityRow>(
      `WITH changed AS (
         UPDATE opportunities o SET ${set}, updated_at = now() WHERE o.id = $1 RETURNING o.*
       )
       SELECT ${OPPORTUNITY_COLUMNS}, o.created_at::text AS "sortAt" FROM changed o`,
      [id, ...params],
    );
    return row;
  }

  /** The board: published and open today (close-on-read), newest first. */
  board(filter: BoardFilter, after: SortKey | null, limit: number): Promise<OpportunityRow[]> {
    const params: unknown[] = [limit];
    const where = [`o.status = 'published'`, `o.deadline >= current_date`];
    const add = (value: unknown, clause: (p: string) => string) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (filter.kind) {
      add(filter.kind, (p) => `o.kind = ${p}`);
    }
    if (filter.sector) {
      add([filter.sector], (p) => `o.sectors @> ${p}::text[]`);
    }
    if (filter.hs) {
      add([filter.hs], (p) => `o.hs_chapters @> ${p}::text[]`);
    }
    if (filter.country) {
      add(filter.country, (p) => `o.country = ${p}`);
    }
    if (filter.tsQuery) {
      add(filter.tsQuery, (p) => `o.search @@ to_tsquery('simple', ${p})`);
    }
    if (after) {
      params.push(after.at, after.id);
      where.push(
        `(o.published_at, o.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    return this.query<OpportunityRow>(
      `SELECT ${OPPORTUNITY_COLUMNS}, o.published_at::text AS "sortAt" FROM opportunities o
       WHERE ${where.join(' AND ')}
       ORDER BY o.published_at DESC, o.id DESC LIMIT $1`,
      params,
    );
  }

  /** A firm's own, every state, newest first. */
  ofCompany(companyId: string, after: SortKey | null, limit: number): Promise<OpportunityRow[]> {
    const params: unknown[] = [companyId, limit];
    let keyset = '';
    if (after) {
      params.push(after.at, after.id);
      keyset = 'AND (o.created_at, o.id) < ($3::timestamptz, $4::uuid)';
    }
    return this.query<OpportunityRow>(
      `SELECT ${OPPORTUNITY_COLUMNS}, o.created_at::text AS "sortAt" FROM opportunities o
       WHERE o.company_id = $1 ${keyset}
       ORDER BY o.created_at DESC, o.id DESC LIMIT $2`,
      params,
    );
  }

  /** Staff's review queue: submitted ones, longest waiting first. */
  submitted(after: SortKey | null, limit: number): Promise<OpportunityRow[]> {
    const params: unknown[] = [limit];
    let keyset = '';
    if (after) {
      params.push(after.at, after.id);
      keyset = 'AND (o.submitted_at, o.id) > ($2::timestamptz, $3::uuid)';
    }
    return this.query<OpportunityRow>(
      `SELECT ${OPPORTUNITY_COLUMNS}, o.submitted_at::text AS "sortAt" FROM opportunities o
       WHERE o.status = 'submitted' ${keyset}
       ORDER BY o.submitted_at, o.id LIMIT $1`,
      params,
    );
  }

  /** Open ones of the other country touching the sectors or HS chapters (ranked by the caller). */
  candidatesFor(
    country: Country,
    sectors: readonly string[],
    hs: readonly string[],
    limit: number,
  ): Promise<OpportunityRow[]> {
    return this.query<OpportunityRow>(
      `SELECT ${OPPORTUNITY_COLUMNS}, o.published_at::text AS "sortAt" FROM opportunities o
       WHERE o.status = 'published' AND o.deadline >= current_date AND o.country <> $1
         AND (o.sectors && $2::text[] OR o.hs_chapters && $3::text[])
       ORDER BY o.deadline, o.id LIMIT $4`,
      [country, sectors, hs, limit],
    );
  }

  /**
   * Published ones past their deadline become expired, each exactly once: with several processes
   * running this at once, the row locks make the second UPDATE skip rows the first one changed.
   */
  async expireOverdue(): Promise<OpportunityRow[]> {
    return this.query<OpportunityRow>(
      `WITH expired AS (
         UPDATE opportunities o SET status = 'expired', closed_at = now(), updated_at = now()
         WHERE o.status = 'published' AND o.deadline < current_date
         RETURNING o.*
       )
       SELECT ${OPPORTUNITY_COLUMNS}, o.created_at::text AS "sortAt" FROM expired o`,
      [],
    );
  }
}
