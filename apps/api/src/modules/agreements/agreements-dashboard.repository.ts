import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Country, OverdueCommitment, SectorCode } from '@jcc/contracts';

/** Most overdue commitments the dashboard lists (the counts by sector and country cover all). */
export const OVERDUE_LIST_LIMIT = 500;

export interface FollowUpFigures {
  /** Commitments due by today (dropped ones aside), and how many of them are done. */
  due: number;
  done: number;
  overdue: OverdueCommitment[];
  overdueBySector: { sector: SectorCode; count: number }[];
  overdueByCountry: { country: Country; count: number }[];
}

/**
 * The follow-up figures over the register's own tables, in ONE statement: the commitments due by
 * today are read once, the overdue ones ("open" or "in progress", due before today) once more
 * from that, and the list and the counts by sector (an agreement of several sectors counts under
 * each) and by the owner party's country come from it. A party keeps the name and country it had
 * when recorded, so this reads no other feature's table. One statement instead of four kept
 * GET /api/agreements/dashboard within its budget on a busy machine (bench:agreements).
 */
@Injectable()
export class AgreementsDashboardRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async figures(today: string, limit = OVERDUE_LIST_LIMIT): Promise<FollowUpFigures> {
    const [row] = await this.txHost.tx.query<FollowUpFigures[]>(
      `WITH due AS MATERIALIZED (
         SELECT id, agreement_id, owner_party_id, title, due_on, status FROM agreement_commitments
         WHERE due_on <= $1::date AND status <> 'dropped'
       ), overdue AS MATERIALIZED (
         SELECT * FROM due WHERE status IN ('open', 'in_progress') AND due_on < $1::date
       )
       SELECT
         (SELECT count(*) FROM due)::int AS due,
         (SELECT count(*) FROM due WHERE status = 'done')::int AS done,
         coalesce((SELECT json_agg(l ORDER BY l."dueOn", l."commitmentId") FROM (
           SELECT a.id AS "agreementId", a.title AS "agreementTitle", o.id AS "commitmentId",
             o.title AS "commitmentTitle", o.due_on::text AS "dueOn",
             ($1::date - o.due_on)::int AS "daysOverdue", p.name AS "ownerName",
             p.country AS "ownerCountry", a.sectors, o.status
           FROM overdue o
           JOIN agreements a ON a.id = o.agreement_id
           JOIN agreement_parties p ON p.id = o.owner_party_id
           ORDER BY o.due_on, o.id LIMIT $2) l), '[]') AS overdue,
         coalesce((SELECT json_agg(s ORDER BY s.count DESC, s.sector) FROM (
           SELECT x.sector, count(*)::int AS count
           FROM overdue o JOIN agreements a ON a.id = o.agreement_id
           CROSS JOIN LATERAL unnest(a.sectors) AS x(sector)
           GROUP BY x.sector) s), '[]') AS "overdueBySector",
         coalesce((SELECT json_agg(c ORDER BY c.country) FROM (
           SELECT p.country, count(*)::int AS count
           FROM overdue o JOIN agreement_parties p ON p.id = o.owner_party_id
           GROUP BY p.country) c), '[]') AS "overdueByCountry"`,
      [today, limit],
    );
    return row;
  }
}
