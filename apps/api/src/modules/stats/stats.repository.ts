import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type {
  DelegationFill,
  FirmsByCountrySector,
  FunnelStage,
  VerificationFunnel,
  WeeklyActivity,
} from '@jcc/contracts';
import { COMPANIES_TABLE } from '../companies/company-sql';

export interface Window {
  from: Date;
  to: Date;
}

/** Activity tables of other features; each is read only once it exists with these columns. */
export const ACTIVITY_SOURCES = {
  // A saved match is one row in state 'saved'; its updated_at is when it was (last) saved.
  matchFeedback: { table: 'match_feedback', columns: ['state', 'updated_at'] },
  contactRequests: { table: 'contact_requests', columns: ['status', 'created_at', 'responded_at'] },
  messages: { table: 'messages', columns: ['created_at'] },
} as const;
export type ActivitySource = keyof typeof ACTIVITY_SOURCES;

/**
 * Dashboard figures, each one SQL aggregate: rows are counted in Postgres, never loaded into
 * Node. Weeks are ISO weeks in UTC.
 */
@Injectable()
export class StatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async availableSources(): Promise<Record<ActivitySource, boolean>> {
    const entries = Object.entries(ACTIVITY_SOURCES) as [
      ActivitySource,
      (typeof ACTIVITY_SOURCES)[ActivitySource],
    ][];
    const found = await Promise.all(
      entries.map(async ([, source]) => {
        const [row] = await this.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM information_schema.columns
           WHERE to_regclass($1) IS NOT NULL AND table_schema = current_schema() AND table_name = $1 AND column_name = ANY($2)`,
          [source.table, [...source.columns]],
        );
        return row.n === source.columns.length;
      }),
    );
    return Object.fromEntries(entries.map(([name], index) => [name, found[index]])) as Record<
      ActivitySource,
      boolean
    >;
  }

  firmsByCountrySector({ from, to }: Window): Promise<FirmsByCountrySector[]> {
    return this.dataSource.query(
      `SELECT c.country, s.sector, count(*)::int AS total, (count(*) FILTER (WHERE c.created_at >= $1))::int AS "new"
       FROM ${COMPANIES_TABLE} c CROSS JOIN LATERAL unnest(c.sectors) AS s(sector)
       WHERE c.verification <> 'rejected' AND c.created_at < $2
       GROUP BY c.country, s.sector ORDER BY c.country, s.sector`,
      [from, to],
    );
  }

  async verificationFunnel({ from, to }: Window): Promise<VerificationFunnel> {
    const [row] = await this.dataSource.query<
      (Omit<VerificationFunnel, 'medianHoursToVerify'> & { median: number | null })[]
    >(
      `SELECT count(*)::int AS registered,
         (count(*) FILTER (WHERE verification = 'pending'))::int AS pending,
         (count(*) FILTER (WHERE verification = 'verified'))::int AS verified,
         (count(*) FILTER (WHERE verification = 'rejected'))::int AS rejected,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM verified_at - created_at) / 3600)
           FILTER (WHERE verification = 'verified' AND verified_at IS NOT NULL) AS median
       FROM ${COMPANIES_TABLE} WHERE created_at >= $1 AND created_at < $2`,
      [from, to],
    );
    const { median, ...counts } = row;
    return {
      ...counts,
      medianHoursToVerify: median === null ? null : Math.round(Number(median) * 10) / 10,
    };
  }

  /** Every week of the window, zeros included; series whose table is missing stay zero. */
  weekly(
    { from, to }: Window,
    sources: Record<ActivitySource, boolean>,
  ): Promise<WeeklyActivity[]> {
    const series: { name: keyof Omit<WeeklyActivity, 'week'>; sql: string | null }[] = [
      {
        name: 'matchesSaved',
        sql: sources.matchFeedback
          ? weekCounts('match_feedback', 'updated_at', `state = 'saved'`)
          : null,
      },
      {
        name: 'contactRequests',
        sql: sources.contactRequests ? weekCounts('contact_requests', 'created_at') : null,
      },
      {
        name: 'contactsAccepted',
        sql: sources.contactRequests
          ? weekCounts('contact_requests', 'responded_at', `status = 'accepted'`)
          : null,
      },
      { name: 'messages', sql: sources.messages ? weekCounts('messages', 'created_at') : null },
    ];
    const joins = series
      .map((entry, index) =>
        entry.sql ? `LEFT JOIN (${entry.sql}) s${index} ON s${index}.week = w.week` : '',
      )
      .join('\n');
    const columns = series
      .map(
        (entry, index) => `${entry.sql ? `coalesce(s${index}.n, 0)` : '0'}::int AS "${entry.name}"`,
      )
      .join(', ');
    return this.dataSource.query(
      `WITH w AS (
         SELECT generate_series(date_trunc('week', $1::timestamptz AT TIME ZONE 'UTC'),
                                ($2::timestamptz AT TIME ZONE 'UTC') - interval '1 microsecond', interval '1 week') AS week
       )
       SELECT to_char(w.week, 'YYYY-MM-DD') AS week, ${columns}
       FROM w ${joins}
       ORDER BY w.week`,
      [from, to],
    );
  }

  funnel(from: Date | null, to: Date | null): Promise<Record<FunnelStage, number>> {
    return funnelCounts(this.dataSource, from, to);
  }

  /**
   * Delegations under way within the window, with seats promised and confirmed; with
   * `withUpcoming`, also every one that starts after it (seats are filled months ahead).
   */
  delegationFill({ from, to }: Window, withUpcoming = false): Promise<DelegationFill[]> {
    return this.dataSource.query(
      `SELECT d.id, d.title, d.starts_on::text AS "startsOn", d.capacity,
         (count(m.*) FILTER (WHERE m.status IN ('invited', 'accepted', 'confirmed')))::int AS "seatsTaken",
         (count(m.*) FILTER (WHERE m.status = 'confirmed'))::int AS confirmed,
         round((count(m.*) FILTER (WHERE m.status = 'confirmed'))::numeric / d.capacity, 4)::float8 AS "fillRate"
       FROM delegations d LEFT JOIN delegation_members m ON m.delegation_id = d.id
       WHERE ($3 OR d.starts_on < ($2::timestamptz AT TIME ZONE 'UTC')::date)
         AND d.ends_on >= ($1::timestamptz AT TIME ZONE 'UTC')::date
       GROUP BY d.id ORDER BY d.starts_on, d.id LIMIT 500`,
      [from, to, withUpcoming],
    );
  }
}

/**
 * The platform's funnel, one count per stage, each over its owner's table (this read model may
 * join in SQL): matches saved → contact requests → conversations between firms → meetings both
 * firms reported held → agreements signed → first shipments (a `first_shipment` commitment done).
 * A bound of the window that is null leaves that side open.
 */
export async function funnelCounts(
  dataSource: DataSource,
  from: Date | null,
  to: Date | null,
): Promise<Record<FunnelStage, number>> {
  const within = (column: string) =>
    `($1::timestamptz IS NULL OR ${column} >= $1) AND ($2::timestamptz IS NULL OR ${column} < $2)`;
  const [row] = await dataSource.query<Record<FunnelStage, number>[]>(
    `SELECT
       (SELECT count(*) FROM match_feedback WHERE state = 'saved' AND ${within('updated_at')})::int AS match,
       (SELECT count(*) FROM contact_requests WHERE ${within('created_at')})::int AS contact,
       (SELECT count(*) FROM conversations WHERE kind = 'firms' AND ${within('created_at')})::int AS conversation,
       (SELECT count(*) FROM meeting_requests
          WHERE requester_report = 'held' AND target_report = 'held' AND ${within('created_at')})::int AS meeting,
       (SELECT count(*) FROM agreements WHERE ${within('signed_on')})::int AS agreement,
       (SELECT count(DISTINCT agreement_id) FROM agreement_commitments
          WHERE kind = 'first_shipment' AND status = 'done' AND ${within('done_at')})::int AS first_shipment`,
    [from, to],
  );
  return row;
}

/** Counts per UTC week within [$1, $2); table and column names are constants of this file. */
function weekCounts(table: string, column: string, condition = 'true'): string {
  return `SELECT date_trunc('week', ${column} AT TIME ZONE 'UTC') AS week, count(*) AS n FROM ${table}
          WHERE ${column} >= $1 AND ${column} < $2 AND ${condition} GROUP BY 1`;
}
