import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Country, OverdueCommitment, SectorCode } from '@jcc/contracts';

/** Most overdue commitments the dashboard lists (the counts by sector and country cover all). */
export const OVERDUE_LIST_LIMIT = 500;

/** "Overdue": still open or in progress, and due before today (`c` is the commitment). */
const OVERDUE = `c.status IN ('open', 'in_progress') AND c.due_on < $1::date`;

export interface FollowUpFigures {
  /** Commitments due by today (dropped ones aside), and how many of them are done. */
  due: number;
  done: number;
  overdue: OverdueCommitment[];
  overdueBySector: { sector: SectorCode; count: number }[];
  overdueByCountry: { country: Country; count: number }[];
}

/**
 * The follow-up figures over the register's own tables in one round trip: each figure is its own
 * subquery, planned on its own (a shared MATERIALIZED CTE hid the row counts from the planner and
 * made it loop over index lookups: 4× slower in bench:agreements). The counts by sector and by
 * country read the copies on each commitment (owner_country, sectors) and join nothing; the list
 * takes its 500 oldest overdue commitments before joining their agreements and owners. An
 * agreement of several sectors counts under each. A party keeps the name and country it had when
 * recorded, so this reads no other feature's table.
 */
@Injectable()
export class AgreementsDashboardRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async figures(today: string, limit = OVERDUE_LIST_LIMIT): Promise<FollowUpFigures> {
    const [row] = await this.txHost.tx.query<FollowUpFigures[]>(
      `SELECT
         d.due, d.done,
         coalesce((SELECT json_agg(l ORDER BY l."dueOn", l."commitmentId") FROM (
           SELECT a.id AS "agreementId", a.title AS "agreementTitle", o.id AS "commitmentId",
             o.title AS "commitmentTitle", o.due_on::text AS "dueOn",
             ($1::date - o.due_on)::int AS "daysOverdue", p.name AS "ownerName",
             p.country AS "ownerCountry", a.sectors, o.status
           FROM (SELECT * FROM agreement_commitments c WHERE ${OVERDUE}
                 ORDER BY c.due_on, c.id LIMIT $2) o
           JOIN agreements a ON a.id = o.agreement_id
           JOIN agreement_parties p ON p.id = o.owner_party_id) l), '[]') AS overdue,
         coalesce((SELECT json_agg(s ORDER BY s.count DESC, s.sector) FROM (
           SELECT x.sector, count(*)::int AS count
           FROM agreement_commitments c CROSS JOIN LATERAL unnest(c.sectors) AS x(sector)
           WHERE ${OVERDUE}
           GROUP BY x.sector) s), '[]') AS "overdueBySector",
         coalesce((SELECT json_agg(n ORDER BY n.country) FROM (
           SELECT c.owner_country AS country, count(*)::int AS count
           FROM agreement_commitments c WHERE ${OVERDUE}
           GROUP BY c.owner_country) n), '[]') AS "overdueByCountry"
       FROM (SELECT count(*) FILTER (WHERE status <> 'dropped')::int AS due,
               count(*) FILTER (WHERE status = 'done')::int AS done
             FROM agreement_commitments WHERE due_on <= $1::date) d`,
      [today, limit],
    );
    return row;
  }
}
