import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  SEAT_HOLDING_STATUSES,
  type Country,
  type MeetingFirm,
  type MeetingOutcome,
  type MeetingReport,
  type MeetingRequestStatus,
  type ScheduleStatus,
} from '@jcc/contracts';
import type { MatchProfile } from '@jcc/matching';
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

export interface HostRow {
  company: MeetingFirm;
  status: 'invited' | 'registered';
}

type Raw = Record<string, unknown>;

export type MeetingProfile = MatchProfile & { name: string };

const PROFILE_COLUMNS = `c.id, c.name, c.country, c.sectors, c.offers_hs AS "offersHs",
  c.seeks_hs AS "seeksHs", c.partnership_types AS "partnershipTypes", c.jv_sectors AS "jvSectors",
  c.size_band AS "sizeBand", c.languages, c.verification`;

const PROGRAMME_COLUMNS = `delegation_id AS "delegationId", venue, venue_max_tables AS "venueMaxTables",
  slot_minutes AS "slotMinutes", break_minutes AS "breakMinutes", tables, sessions, blocks,
  request_deadline AS "requestDeadline", quota_per_firm AS "quotaPerFirm",
  schedule_status AS "scheduleStatus"`;

const REQUEST_SELECT = `SELECT r.*,
    rc.name AS rc_name, rc.country AS rc_country, rc.sectors AS rc_sectors,
    tc.name AS tc_name, tc.country AS tc_country, tc.sectors AS tc_sectors
  FROM meeting_requests r
  JOIN companies rc ON rc.id = r.requester_company_id
  JOIN companies tc ON tc.id = r.target_company_id`;

const firm = (raw: Raw, prefix: string, id: string): MeetingFirm => ({
  id,
  name: raw[`${prefix}_name`] as string,
  country: String(raw[`${prefix}_country`]).trim() as Country,
  sectors: raw[`${prefix}_sectors`] as MeetingFirm['sectors'],
});

function toRequestRow(raw: Raw): RequestRow {
  return {
    id: raw.id as string,
    delegationId: raw.delegation_id as string,
    requester: firm(raw, 'rc', raw.requester_company_id as string),
    target: firm(raw, 'tc', raw.target_company_id as string),
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

const SEATS = `'{${SEAT_HOLDING_STATUSES.join(',')}}'`;

/**
 * The meetings tables. Delegation members and companies are only read here (names, countries,
 * seats), never written: their owners are the delegations and companies modules.
 */
@Injectable()
export class MeetingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private run(manager: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async findProgramme(
    manager: EntityManager | null,
    delegationId: string,
    forUpdate = false,
  ): Promise<ProgrammeRow | null> {
    const [row] = await this.run(manager).query<ProgrammeRow[]>(
      `SELECT ${PROGRAMME_COLUMNS} FROM meeting_programmes WHERE delegation_id = $1
       ${forUpdate ? 'FOR UPDATE' : ''}`,
      [delegationId],
    );
    return row ?? null;
  }

  async upsertProgramme(manager: EntityManager, row: Omit<ProgrammeRow, 'scheduleStatus'>) {
    await manager.query(
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

  async setScheduleStatus(manager: EntityManager, delegationId: string, status: ScheduleStatus) {
    const column = status === 'published' ? 'published_at' : 'scheduled_at';
    await manager.query(
      `UPDATE meeting_programmes SET schedule_status = $2, ${column} = now() WHERE delegation_id = $1`,
      [delegationId, status],
    );
  }

  /** Unschedules every meeting: the programme's slots or tables changed under them. */
  async clearAllSlots(manager: EntityManager, delegationId: string): Promise<void> {
    await manager.query(
      `UPDATE meeting_requests SET slot_starts_at = NULL, table_name = NULL, locked = false
       WHERE delegation_id = $1 AND slot_starts_at IS NOT NULL`,
      [delegationId],
    );
    await manager.query(
      `UPDATE meeting_programmes SET schedule_status = 'none' WHERE delegation_id = $1`,
      [delegationId],
    );
  }

  /** The firm's status on the delegation's own list (visiting side), if it holds a seat. */
  async visitorSeat(delegationId: string, companyId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM delegation_members WHERE delegation_id = $1 AND company_id = $2
       AND status = ANY(${SEATS})`,
      [delegationId, companyId],
    );
    return rows.length > 0;
  }

  async visitors(delegationId: string): Promise<MeetingFirm[]> {
    const rows = await this.dataSource.query<Raw[]>(
      `SELECT c.id, c.name AS c_name, c.country AS c_country, c.sectors AS c_sectors
       FROM delegation_members m JOIN companies c ON c.id = m.company_id
       WHERE m.delegation_id = $1 AND m.status = ANY(${SEATS}) ORDER BY c.name, c.id`,
      [delegationId],
    );
    return rows.map((raw) => firm(raw, 'c', raw.id as string));
  }

  async hostStatus(
    delegationId: string,
    companyId: string,
  ): Promise<'invited' | 'registered' | null> {
    const [row] = await this.dataSource.query<{ status: 'invited' | 'registered' }[]>(
      `SELECT status FROM meeting_hosts WHERE delegation_id = $1 AND company_id = $2`,
      [delegationId, companyId],
    );
    return row?.status ?? null;
  }

  async upsertHost(
    manager: EntityManager,
    delegationId: string,
    companyId: string,
    status: 'invited' | 'registered',
  ): Promise<void> {
    // An invitation never downgrades a firm that already registered.
    await manager.query(
      `INSERT INTO meeting_hosts (delegation_id, company_id, status) VALUES ($1, $2, $3)
       ON CONFLICT (delegation_id, company_id) DO UPDATE
         SET status = CASE WHEN meeting_hosts.status = 'registered' THEN 'registered' ELSE $3 END`,
      [delegationId, companyId, status],
    );
  }

  async hosts(delegationId: string): Promise<HostRow[]> {
    const rows = await this.dataSource.query<Raw[]>(
      `SELECT c.id, c.name AS c_name, c.country AS c_country, c.sectors AS c_sectors, h.status
       FROM meeting_hosts h JOIN companies c ON c.id = h.company_id
       WHERE h.delegation_id = $1 ORDER BY c.name, c.id`,
      [delegationId],
    );
    return rows.map((raw) => ({
      company: firm(raw, 'c', raw.id as string),
      status: raw.status as HostRow['status'],
    }));
  }

  /** What the matcher needs to score these firms against each other. */
  async profiles(ids: string[]): Promise<MeetingProfile[]> {
    return this.dataSource.query<MeetingProfile[]>(
      `SELECT ${PROFILE_COLUMNS} FROM companies c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Verified host-country firms in the visit's sectors (registered or invited ones included). */
  async hostPool(host: Country, sectors: string[], limit: number): Promise<MeetingProfile[]> {
    return this.dataSource.query<MeetingProfile[]>(
      `SELECT ${PROFILE_COLUMNS} FROM companies c
       WHERE c.country = $1 AND c.verification = 'verified'
         AND (c.sectors && $2::text[] OR c.jv_sectors && $2::text[])
       ORDER BY c.id LIMIT $3`,
      [host, sectors, limit],
    );
  }

  /** Delegations that visit `hostCountry` and have not ended, soonest first. */
  async incomingDelegationIds(hostCountry: Country, today: string): Promise<string[]> {
    const direction = hostCountry === 'AZ' ? 'PK_TO_AZ' : 'AZ_TO_PK';
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM delegations WHERE direction = $1 AND ends_on >= $2
       ORDER BY starts_on, id LIMIT 100`,
      [direction, today],
    );
    return rows.map((row) => row.id);
  }

  async replaceUnavailability(
    manager: EntityManager,
    delegationId: string,
    companyId: string,
    sessionIds: string[],
  ): Promise<void> {
    await manager.query(
      `DELETE FROM meeting_unavailability WHERE delegation_id = $1 AND company_id = $2`,
      [delegationId, companyId],
    );
    await manager.query(
      `INSERT INTO meeting_unavailability (delegation_id, company_id, session_id)
       SELECT $1, $2, unnest($3::text[])`,
      [delegationId, companyId, sessionIds],
    );
  }

  async unavailability(
    manager: EntityManager | null,
    delegationId: string,
    companyId?: string,
  ): Promise<{ companyId: string; sessionId: string }[]> {
    return this.run(manager).query(
      `SELECT company_id AS "companyId", session_id AS "sessionId" FROM meeting_unavailability
       WHERE delegation_id = $1 AND ($2::uuid IS NULL OR company_id = $2) ORDER BY session_id`,
      [delegationId, companyId ?? null],
    );
  }

  async requestsSentBy(
    manager: EntityManager,
    delegationId: string,
    companyId: string,
  ): Promise<number> {
    const [row] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM meeting_requests
       WHERE delegation_id = $1 AND requester_company_id = $2 AND status <> 'declined'`,
      [delegationId, companyId],
    );
    return row.count;
  }

  /** Inserts the request; null when the pair already has one (either direction). */
  async insertRequest(
    manager: EntityManager,
    request: {
      delegationId: string;
      requesterId: string;
      targetId: string;
      note: string;
      priority: number;
    },
  ): Promise<string | null> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO meeting_requests (delegation_id, requester_company_id, target_company_id, note,
         priority, status)
       VALUES ($1, $2, $3, $4, $5, 'pending') ON CONFLICT DO NOTHING RETURNING id`,
      [request.delegationId, request.requesterId, request.targetId, request.note, request.priority],
    );
    return rows[0]?.id ?? null;
  }

  async findRequest(
    manager: EntityManager | null,
    delegationId: string,
    id: string,
    forUpdate = false,
  ): Promise<RequestRow | null> {
    const [raw] = await this.run(manager).query<Raw[]>(
      `${REQUEST_SELECT} WHERE r.delegation_id = $1 AND r.id = $2
       ${forUpdate ? 'FOR UPDATE OF r' : ''}`,
      [delegationId, id],
    );
    return raw ? toRequestRow(raw) : null;
  }

  /** Every request of the delegation, or those a firm sent or received; by time of request. */
  async requests(
    manager: EntityManager | null,
    delegationId: string,
    filter: { companyId?: string; status?: MeetingRequestStatus; scheduledOnly?: boolean } = {},
  ): Promise<RequestRow[]> {
    const rows = await this.run(manager).query<Raw[]>(
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
    return rows.map(toRequestRow);
  }

  async answerRequest(manager: EntityManager, id: string, status: MeetingRequestStatus) {
    await manager.query(
      `UPDATE meeting_requests SET status = $2, answered_at = now() WHERE id = $1`,
      [id, status],
    );
  }

  /** Holds the delegation's scheduling lock until the transaction ends; false if another has it. */
  async tryScheduleLock(manager: EntityManager, delegationId: string): Promise<boolean> {
    const [row] = await manager.query<{ locked: boolean }[]>(
      `SELECT pg_try_advisory_xact_lock(hashtextextended('meetings-schedule:' || $1, 0)) AS locked`,
      [delegationId],
    );
    return row.locked;
  }

  /** Writes a run's result: unlocked meetings lose their slot, then the placed ones get theirs. */
  async writeSchedule(
    manager: EntityManager,
    delegationId: string,
    placed: { id: string; slotStartsAt: string; table: string }[],
  ): Promise<void> {
    await manager.query(
      `UPDATE meeting_requests SET slot_starts_at = NULL, table_name = NULL
       WHERE delegation_id = $1 AND NOT locked`,
      [delegationId],
    );
    await manager.query(
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

  async setLocked(manager: EntityManager, id: string, locked: boolean): Promise<void> {
    await manager.query(`UPDATE meeting_requests SET locked = $2 WHERE id = $1`, [id, locked]);
  }

  async setReport(
    manager: EntityManager,
    id: string,
    side: 'requester' | 'target',
    report: MeetingReport,
  ): Promise<void> {
    const column = side === 'requester' ? 'requester_report' : 'target_report';
    await manager.query(`UPDATE meeting_requests SET ${column} = $2 WHERE id = $1`, [id, report]);
  }

  async setOutcome(manager: EntityManager, id: string, outcome: MeetingOutcome): Promise<void> {
    await manager.query(`UPDATE meeting_requests SET outcome = $2 WHERE id = $1`, [id, outcome]);
  }

  async checkIn(manager: EntityManager, delegationId: string, companyId: string): Promise<Date> {
    const [row] = await manager.query<{ at: Date }[]>(
      `INSERT INTO meeting_check_ins (delegation_id, company_id) VALUES ($1, $2)
       ON CONFLICT (delegation_id, company_id) DO UPDATE SET checked_in_at = meeting_check_ins.checked_in_at
       RETURNING checked_in_at AS at`,
      [delegationId, companyId],
    );
    return row.at;
  }

  /** The funnel of one delegation's meetings: requested → accepted → scheduled → held → outcome. */
  async stats(delegationId: string): Promise<Record<string, number>> {
    const [row] = await this.dataSource.query<Record<string, number>[]>(
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
}
