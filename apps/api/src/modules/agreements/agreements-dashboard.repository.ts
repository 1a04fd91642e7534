import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Country, OverdueCommitment, SectorCode } from '@jcc/contracts';

/** Most overdue commitments the dashboard lists (the counts by sector and country cover all). */
export const OVERDUE_LIST_LIMIT = 500;

/** "Overdue": still open or in progress, and due before today. */
const OVERDUE = `c.status IN ('open', 'in_progress') AND c.due_on < $1::date`;

/**
 * The follow-up figures, each one SQL aggregate over the register's own tables. A party keeps the
 * name and country it had when recorded, so these read no other feature's table.
 */
@Injectable()
export class AgreementsDashboardRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Commitments due by today (dropped ones aside), and how many of them are done. */
  async implementation(today: string): Promise<{ due: number; done: number }> {
    const [row] = await this.txHost.tx.query<{ due: number; done: number }[]>(
      `SELECT count(*)::int AS due, (count(*) FILTER (WHERE status = 'done'))::int AS done
       FROM agreement_commitments WHERE due_on <= $1::date AND status <> 'dropped'`,
      [today],
    );
    return row;
  }

  overdue(today: string, limit = OVERDUE_LIST_LIMIT): Promise<OverdueCommitment[]> {
    return this.txHost.tx.query<OverdueCommitment[]>(
      `SELECT a.id AS "agreementId", a.title AS "agreementTitle", c.id AS "commitmentId",
         c.title AS "commitmentTitle", c.due_on::text AS "dueOn",
         ($1::date - c.due_on)::int AS "daysOverdue", p.name AS "ownerName",
         p.country AS "ownerCountry", a.sectors, c.status
       FROM agreement_commitments c
       JOIN agreements a ON a.id = c.agreement_id
       JOIN agreement_parties p ON p.id = c.owner_party_id
       WHERE ${OVERDUE}
       ORDER BY c.due_on, c.id LIMIT $2`,
      [today, limit],
    );
  }

  /** An agreement of several sectors counts its overdue commitment under each of them. */
  overdueBySector(today: string): Promise<{ sector: SectorCode; count: number }[]> {
    return this.txHost.tx.query(
      `SELECT s.sector, count(*)::int AS count
       FROM agreement_commitments c
       JOIN agreements a ON a.id = c.agreement_id
       CROSS JOIN LATERAL unnest(a.sectors) AS s(sector)
       WHERE ${OVERDUE}
       GROUP BY s.sector ORDER BY count DESC, s.sector`,
      [today],
    );
  }

  /** By the country of the party that owns the commitment. */
  overdueByCountry(today: string): Promise<{ country: Country; count: number }[]> {
    return this.txHost.tx.query(
      `SELECT p.country, count(*)::int AS count
       FROM agreement_commitments c JOIN agreement_parties p ON p.id = c.owner_party_id
       WHERE ${OVERDUE}
       GROUP BY p.country ORDER BY p.country`,
      [today],
    );
  }
}
