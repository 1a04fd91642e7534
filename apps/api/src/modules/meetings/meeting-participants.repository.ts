import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SEAT_HOLDING_STATUSES, type Country, type MeetingFirm } from '@jcc/contracts';
import type { MatchProfile } from '@jcc/matching';
import { firm, type Raw } from './meetings.repository';

export interface HostRow {
  company: MeetingFirm;
  status: 'invited' | 'registered';
}

export type MeetingProfile = MatchProfile & { name: string };

const PROFILE_COLUMNS = `c.id, c.name, c.country, c.sectors, c.offers_hs AS "offersHs",
  c.seeks_hs AS "seeksHs", c.partnership_types AS "partnershipTypes", c.jv_sectors AS "jvSectors",
  c.size_band AS "sizeBand", c.languages, c.verification`;

const SEATS = `'{${SEAT_HOLDING_STATUSES.join(',')}}'`;

/**
 * Who takes part: seated visitors, host firms, unavailable sessions, check-ins, match profiles.
 * Delegation members and companies are only read here, never written: their owners are the
 * delegations and companies modules.
 */
@Injectable()
export class MeetingParticipantsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private run(manager: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
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

  async checkIn(manager: EntityManager, delegationId: string, companyId: string): Promise<Date> {
    const [row] = await manager.query<{ at: Date }[]>(
      `INSERT INTO meeting_check_ins (delegation_id, company_id) VALUES ($1, $2)
       ON CONFLICT (delegation_id, company_id) DO UPDATE SET checked_in_at = meeting_check_ins.checked_in_at
       RETURNING checked_in_at AS at`,
      [delegationId, companyId],
    );
    return row.at;
  }
}
