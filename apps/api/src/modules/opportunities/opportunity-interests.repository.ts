import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';

export interface InterestRow {
  opportunityId: string;
  companyId: string;
  contactRequestId: string;
  createdAt: Date;
}

/** The only writer of `opportunity_interests`. */
@Injectable()
export class OpportunityInterestsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Serialises decisions about one firm's interest in one opportunity until the transaction ends. */
  async lock(opportunityId: string, companyId: string): Promise<void> {
    await this.txHost.tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `opportunity-interest:${opportunityId}:${companyId}`,
    ]);
  }

  async exists(opportunityId: string, companyId: string): Promise<boolean> {
    const rows = await this.txHost.tx.query<unknown[]>(
      `SELECT 1 FROM opportunity_interests WHERE opportunity_id = $1 AND company_id = $2`,
      [opportunityId, companyId],
    );
    return rows.length > 0;
  }

  async insert(row: {
    opportunityId: string;
    companyId: string;
    userId: string;
    contactRequestId: string;
  }): Promise<InterestRow> {
    const [inserted] = await this.txHost.tx.query<InterestRow[]>(
      `INSERT INTO opportunity_interests (opportunity_id, company_id, user_id, contact_request_id)
       VALUES ($1, $2, $3, $4)
       RETURNING opportunity_id AS "opportunityId", company_id AS "companyId",
         contact_request_id AS "contactRequestId", created_at AS "createdAt"`,
      [row.opportunityId, row.companyId, row.userId, row.contactRequestId],
    );
    return inserted;
  }

  /** How many firms answered each of the opportunities. */
  async counts(opportunityIds: readonly string[]): Promise<Map<string, number>> {
    if (opportunityIds.length === 0) {
      return new Map();
    }
    const rows = await this.txHost.tx.query<{ id: string; count: number }[]>(
      `SELECT opportunity_id AS id, count(*)::int AS count FROM opportunity_interests
       WHERE opportunity_id = ANY($1::uuid[]) GROUP BY opportunity_id`,
      [opportunityIds],
    );
    return new Map(rows.map((row) => [row.id, row.count]));
  }

  /** Which of the opportunities the firm already answered. */
  async answeredBy(companyId: string, opportunityIds: readonly string[]): Promise<Set<string>> {
    if (opportunityIds.length === 0) {
      return new Set();
    }
    const rows = await this.txHost.tx.query<{ id: string }[]>(
      `SELECT opportunity_id AS id FROM opportunity_interests
       WHERE company_id = $1 AND opportunity_id = ANY($2::uuid[])`,
      [companyId, opportunityIds],
    );
    return new Set(rows.map((row) => row.id));
  }
}
