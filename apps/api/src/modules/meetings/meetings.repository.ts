import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import {
  type CompanySummary,
  type MeetingFunnel,
  type MeetingFirm,
  type MeetingOutcome,
  type MeetingReport,
  type MeetingRequestStatus,
  type ScheduleStatus,
} from '@jcc/contracts';
import { CompaniesService } from '../companies/companies.service';
import type { StoredBlock, StoredSession } from './programme/programme-rules';

export interface ProgrammeRow {
  delegationId: string;
  venue: string;
  venueMaxTables: number;
  slotMinutes: number;
  breakMinutes: number;
  tables: string[];
  sessions: StoredSession[];
  blocks: StoredBlock[];
  requestDeadline: Date | null;
  quotaPerFirm: number;
  scheduleStatus: ScheduleStatus;
}

export interface RequestRow {
  id: string;
  delegationId: string;
  requester: MeetingFirm;
  target: MeetingFirm;
  note: string;
  priority: number;
  status: MeetingRequestStatus;
  slotStartsAt: Date | null;
  tableName: string | null;
  locked: boolean;
  requesterReport: MeetingReport | null;
  targetReport: MeetingReport | null;
  outcome: MeetingOutcome | null;
  createdAt: Date;
}

export type Raw = Record<string, unknown>;

const PROGRAMME_COLUMNS = `delegation_id AS "delegationId", venue, venue_max_tables AS "venueMaxTables",
  slot_minutes AS "slotMinutes", break_minutes AS "breakMinutes", tables, sessions, blocks,
  request_deadline AS "requestDeadline", quota_per_firm AS "quotaPerFirm",
  schedule_status AS "scheduleStatus"`;

const REQUEST_SELECT = `SELECT r.* FROM meeting_requests r`;

/** A firm as meetings show it, from the companies module's summary (it owns the table). */
export function toMeetingFirm(id: string, summaries: Map<string, CompanySummary>): MeetingFirm {
  const company = summaries.get(id);
  return {
    id,
    name: company?.name ?? '',
    country: company?.country ?? 'PK',
    sectors: company?.sectors ?? [],
  };
}

function toRequestRow(raw: Raw, summaries: Map<string, CompanySummary>): RequestRow {
  return {
    id: raw.id as string,
    delegationId: raw.delegation_id as string,
    requester: toMeetingFirm(raw.requester_company_id as string, summaries),
    target: toMeetingFirm(raw.target_company_id as string, summaries),
    note: raw.note as string,
    priority: raw.priority as number,
    status: raw.status as MeetingRequestStatus,
    slotStartsAt: (raw.slot_starts_at as Date | null) ?? null,
    tableName: (raw.table_name as string | null) ?? null,
    locked: raw.locked as boolean,
    requesterReport: (raw.requester_report as MeetingReport | null) ?? null,
    targetReport: (raw.target_report as MeetingReport | null) ?? null,
    outcome: (raw.outcome as MeetingOutcome | null) ?? null,
    createdAt: raw.created_at as Date,
  };
}

/**
 * The programme and the meeting requests (with their slots, reports and outcomes), through the
 * current transaction when there is one. The firms of a request come from CompaniesService: only
 * the companies module reads its table.
 */
@Injectable()
export class MeetingsRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly companies: CompaniesService,
  ) {}

  private async toRequestRows(raws: Raw[]): Promise<RequestRow[]> {
    const summaries = await this.companies.summaries(
      raws.flatMap((raw) => [raw.requester_company_id as string, raw.target_company_id as string]),
    );
    return raws.map((raw) => toRequestRow(raw, summaries));
  }

  async findProgramme(delegationId: string, forUpdate = false): Promise<ProgrammeRow | null> {
    const [row] = await this.txHost.tx.query<ProgrammeRow[]>(
      `SELECT ${PROGRAMME_COLUMNS} FROM meeting_programmes WHERE delegation_id = $1
       ${forUpdate ? 'FOR UPDATE' : ''}`,
      [delegationId],
    );
    return row ?? null;
  }

  /** Programmes of several delegations in one query (those without one are absent). */
  async findProgrammes(delegationIds: string[]): Promise<Map<string, ProgrammeRow>> {
    if (delegationIds.length === 0) {
      return new Map();
    }
    const rows = await this.txHost.tx.query<ProgrammeRow[]>(
      `SELECT ${PROGRAMME_COLUMNS} FROM meeting_programmes WHERE delegation_id = ANY($1::uuid[])`,
      [delegationIds],
    );
    return new Map(rows.map((row) => [row.delegationId, row]));
  }

  async upsertProgramme(row: Omit<ProgrammeRow, 'scheduleStatus'>) {
    await this.txHost.tx.query(
      `INSERT INTO meeting_programmes (delegation_id, venue, venue_max_tables, slot_minutes,
         break_minutes, tables, sessions, blocks, request_deadline, quota_per_firm)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (delegation_id) DO UPDATE SET venue = $2, venue_max_tables = $3,
         slot_minutes = $4, break_minutes = $5, tables = $6, sessions = $7, blocks = $8,
         request_deadline = $9, quota_per_firm = $10, updated_at = now()`,
      [
        row.delegationId,
        row.venue,
        row.venueMaxTables,
        row.slotMinutes,
        row.breakMinutes,
        row.tables,
        JSON.stringify(row.sessions),
        JSON.stringify(row.blocks),
        row.requestDeadline,
        row.quotaPerFirm,
      ],
    );
  }

  async setScheduleStatus(delegationId: string, status: ScheduleStatus) {
    const column = status === 'published' ? 'published_at' : 'scheduled_at';
    await this.txHost.tx.query(
      `UPDATE meeting_programmes SET schedule_status = $2, ${column} = now() WHERE delegation_id = $1`,
      [delegationId, status],
    );
  }

  /** Unschedules every meeting: the programme's slots or tables changed under them. */
  async clearAllSlots(delegationId: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE meeting_requests SET slot_starts_at = NULL, table_name = NULL, locked = false
       WHERE delegation_id = $1 AND slot_starts_at IS NOT NULL`,
      [delegationId],
    );
    await this.txHost.tx.query(
      `UPDATE meeting_programmes SET schedule_status = 'none' WHERE delegation_id = $1`,
      [delegationId],
    );
  }

  async requestsSentBy(delegationId: string, companyId: string): Promise<number> {
    const [row] = await this.txHost.tx.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM meeting_requests
       WHERE delegation_id = $1 AND requester_company_id = $2 AND status <> 'declined'`,
      [delegationId, companyId],
    );
    return row.count;
  }

  /** Inserts the request; null when the pair already has one (either direction). */
  async insertRequest(request: {
    delegationId: string;
    requesterId: string;
    targetId: string;
    note: string;
    priority: number;
  }): Promise<string | null> {
    const rows = await this.txHost.tx.query<{ id: string }[]>(
      `INSERT INTO meeting_requests (delegation_id, requester_company_id, target_company_id, note,
         priority, status)
       VALUES ($1, $2, $3, $4, $5, 'pending') ON CONFLICT DO NOTHING RETURNING id`,
      [request.delegationId, request.requesterId, request.targetId, request.note, request.priority],
    );
    return rows[0]?.id ?? null;
  }

  async findRequest(
    delegationId: string,
    id: string,
    forUpdate = false,
  ): Promise<RequestRow | null> {
    const [raw] = await this.txHost.tx.query<Raw[]>(
      `${REQUEST_SELECT} WHERE r.delegation_id = $1 AND r.id = $2
       ${forUpdate ? 'FOR UPDATE' : ''}`,
      [delegationId, id],
    );
    return raw ? (await this.toRequestRows([raw]))[0] : null;
  }

  /** Every request of the delegation, or those a firm sent or received; by time of request. */
  async requests(
    delegationId: string,
    filter: { companyId?: string; status?: MeetingRequestStatus; scheduledOnly?: boolean } = {},
  ): Promise<RequestRow[]> {
    const rows = await this.txHost.tx.query<Raw[]>(
      `${REQUEST_SELECT} WHERE r.delegation_id = $1
         AND ($2::uuid IS NULL OR $2 IN (r.requester_company_id, r.target_company_id))
         AND ($3::text IS NULL OR r.status = $3)
         AND (NOT $4 OR r.slot_starts_at IS NOT NULL)
       ORDER BY r.slot_starts_at NULLS LAST, r.table_name, r.created_at, r.id`,
      [
        delegationId,
        filter.companyId ?? null,
        filter.status ?? null,
        filter.scheduledOnly ?? false,
      ],
    );
    return this.toRequestRows(rows);
  }

  /** The two firms of a meeting request, whatever its delegation; null when there is none. */
  async requestFirms(id: string): Promise<{ requesterId: string; targetId: string } | null> {
    const [row] = await this.txHost.tx.query<{ requesterId: string; targetId: string }[]>(
      `SELECT requester_company_id AS "requesterId", target_company_id AS "targetId"
       FROM meeting_requests WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async answerRequest(id: string, status: MeetingRequestStatus) {
    await this.txHost.tx.query(
      `UPDATE meeting_requests SET status = $2, answered_at = now() WHERE id = $1`,
      [id, status],
    );
  }

  /** Holds the delegation's scheduling lock until the transaction ends; false if another has it. */
  async tryScheduleLock(delegationId: string): Promise<boolean> {
    const [row] = await this.txHost.tx.query<{ locked: boolean }[]>(
      `SELECT pg_try_advisory_xact_lock(hashtextextended('meetings-schedule:' || $1, 0)) AS locked`,
      [delegationId],
    );
    return row.locked;
  }

  /** Writes a run's result: unlocked meetings lose their slot, then the placed ones get theirs. */
  async writeSchedule(
    delegationId: string,
    placed: { id: string; slotStartsAt: string; table: string }[],
  ): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE meeting_requests SET slot_starts_at = NULL, table_name = NULL
       WHERE delegation_id = $1 AND NOT locked`,
      [delegationId],
    );
    await this.txHost.tx.query(
      `UPDATE meeting_requests r SET slot_starts_at = p.slot, table_name = p.tbl
       FROM unnest($2::uuid[], $3::timestamptz[], $4::text[]) AS p(id, slot, tbl)
       WHERE r.id = p.id AND r.delegation_id = $1 AND NOT r.locked`,
      [
        delegationId,
        placed.map((row) => row.id),
        placed.map((row) => row.slotStartsAt),
        placed.map((row) => row.table),
      ],
    );
  }

  async setLocked(id: string, locked: boolean): Promise<void> {
    await this.txHost.tx.query(`UPDATE meeting_requests SET locked = $2 WHERE id = $1`, [
      id,
      locked,
    ]);
  }

  async setReport(id: string, side: 'requester' | 'target', report: MeetingReport): Promise<void> {
    const column = side === 'requester' ? 'requester_report' : 'target_report';
    await this.txHost.tx.query(`UPDATE meeting_requests SET ${column} = $2 WHERE id = $1`, [
      id,
      report,
    ]);
  }

  async setOutcome(id: string, outcome: MeetingOutcome): Promise<void> {
    await this.txHost.tx.query(`UPDATE meeting_requests SET outcome = $2 WHERE id = $1`, [
      id,
      outcome,
    ]);
  }

  /** The funnel of one delegation's meetings: requested → accepted → scheduled → held → outcome. */
  async stats(delegationId: string): Promise<Record<string, number>> {
    const [row] = await this.txHost.tx.query<Record<string, number>[]>(
      `SELECT count(*)::int AS requested,
         count(*) FILTER (WHERE status = 'accepted')::int AS accepted,
         count(*) FILTER (WHERE slot_starts_at IS NOT NULL)::int AS scheduled,
         count(*) FILTER (WHERE requester_report = 'held' AND target_report = 'held')::int AS held,
         count(*) FILTER (WHERE 'no_show' IN (requester_report, target_report))::int AS "noShow",
         count(*) FILTER (WHERE outcome = 'follow_up')::int AS "followUp",
         count(*) FILTER (WHERE outcome = 'agreement_in_view')::int AS "agreementInView",
         (SELECT count(*)::int FROM meeting_check_ins WHERE delegation_id = $1) AS "checkedIn"
       FROM meeting_requests WHERE delegation_id = $1`,
      [delegationId],
    );
    return row;
  }

  /** Across visits: requests made within [from, to), by the furthest stage each reached. */
  async funnel(from: Date, to: Date): Promise<MeetingFunnel> {
    const [row] = await this.txHost.tx.query<MeetingFunnel[]>(
      `SELECT count(*)::int AS requested,
         count(*) FILTER (WHERE status = 'accepted')::int AS accepted,
         count(*) FILTER (WHERE slot_starts_at IS NOT NULL)::int AS scheduled,
         count(*) FILTER (WHERE requester_report = 'held' AND target_report = 'held')::int AS held,
         count(*) FILTER (WHERE outcome IN ('follow_up', 'agreement_in_view'))::int AS "followUp",
         count(*) FILTER (WHERE 'no_show' IN (requester_report, target_report))::int AS "noShow"
       FROM meeting_requests WHERE created_at >= $1 AND created_at < $2`,
      [from, to],
    );
    return row;
  }
}
