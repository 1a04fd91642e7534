import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { Country, MeetingFirm, SectorCode } from '@jcc/contracts';
import type { MatchProfile } from '@jcc/matching';
import { CompaniesService } from '../companies/companies.service';
import { DelegationsService } from '../delegations/delegations.service';
import { toMeetingFirm } from './meetings.repository';

export interface HostRow {
  company: MeetingFirm;
  status: 'invited' | 'registered';
}

export type MeetingProfile = MatchProfile & { name: string };

const byName = (a: MeetingFirm, b: MeetingFirm) =>
  a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/**
 * Who takes part: seated visitors, host firms, unavailable sessions, check-ins, match profiles.
 * Meetings' own tables through the current transaction; delegation members and firms only
 * through their owners' services (DelegationsService, CompaniesService).
 */
@Injectable()
export class MeetingParticipantsRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly companies: CompaniesService,
    private readonly delegations: DelegationsService,
  ) {}

  /** Whether the firm holds a seat on the delegation's own list (visiting side). */
  async visitorSeat(delegationId: string, companyId: string): Promise<boolean> {
    return (await this.delegations.seatedCompanyIds(delegationId)).includes(companyId);
  }

  async visitors(delegationId: string): Promise<MeetingFirm[]> {
    const ids = await this.delegations.seatedCompanyIds(delegationId);
    const summaries = await this.companies.summaries(ids);
    return ids.map((id) => toMeetingFirm(id, summaries)).sort(byName);
  }

  async hostStatus(
    delegationId: string,
    companyId: string,
  ): Promise<'invited' | 'registered' | null> {
    const [row] = await this.txHost.tx.query<{ status: 'invited' | 'registered' }[]>(
      `SELECT status FROM meeting_hosts WHERE delegation_id = $1 AND company_id = $2`,
      [delegationId, companyId],
    );
    return row?.status ?? null;
  }

  async upsertHost(
    delegationId: string,
    companyId: string,
    status: 'invited' | 'registered',
  ): Promise<void> {
    // An invitation never downgrades a firm that already registered.
    await this.txHost.tx.query(
      `INSERT INTO meeting_hosts (delegation_id, company_id, status) VALUES ($1, $2, $3)
       ON CONFLICT (delegation_id, company_id) DO UPDATE
         SET status = CASE WHEN meeting_hosts.status = 'registered' THEN 'registered' ELSE $3 END`,
      [delegationId, companyId, status],
    );
  }

  async hosts(delegationId: string): Promise<HostRow[]> {
    const rows = await this.txHost.tx.query<{ companyId: string; status: HostRow['status'] }[]>(
      `SELECT company_id AS "companyId", status FROM meeting_hosts WHERE delegation_id = $1`,
      [delegationId],
    );
    const summaries = await this.companies.summaries(rows.map((row) => row.companyId));
    return rows
      .map((row) => ({ company: toMeetingFirm(row.companyId, summaries), status: row.status }))
      .sort((a, b) => byName(a.company, b.company));
  }

  /** What the matcher needs to score these firms against each other. */
  async profiles(ids: string[]): Promise<MeetingProfile[]> {
    return ids.length === 0 ? [] : this.companies.profiles(ids);
  }

  /** Verified host-country firms in the visit's sectors (registered or invited ones included). */
  async hostPool(host: Country, sectors: SectorCode[], limit: number): Promise<MeetingProfile[]> {
    // inSectorsNear puts verified firms first, so the first `limit` hold every verified one we keep.
    const pool = await this.companies.inSectorsNear(host, '', sectors, limit);
    return pool.filter((firm) => firm.verification === 'verified');
  }

  /** The firm's host status on each of these delegations, in one query. */
  async hostStatuses(
    delegationIds: string[],
    companyId: string,
  ): Promise<Map<string, 'invited' | 'registered'>> {
    if (delegationIds.length === 0) {
      return new Map();
    }
    const rows = await this.txHost.tx.query<
      { delegationId: string; status: 'invited' | 'registered' }[]
    >(
      `SELECT delegation_id AS "delegationId", status FROM meeting_hosts
       WHERE delegation_id = ANY($1::uuid[]) AND company_id = $2`,
      [delegationIds, companyId],
    );
    return new Map(rows.map((row) => [row.delegationId, row.status]));
  }

  /** Firms by id as meeting firms (one summaries call), in name order. */
  async firms(ids: string[]): Promise<Map<string, MeetingFirm>> {
    const summaries = await this.companies.summaries(ids);
    return new Map(ids.map((id) => [id, toMeetingFirm(id, summaries)]));
  }

  async replaceUnavailability(
    delegationId: string,
    companyId: string,
    sessionIds: string[],
  ): Promise<void> {
    await this.txHost.tx.query(
      `DELETE FROM meeting_unavailability WHERE delegation_id = $1 AND company_id = $2`,
      [delegationId, companyId],
    );
    await this.txHost.tx.query(
      `INSERT INTO meeting_unavailability (delegation_id, company_id, session_id)
       SELECT $1, $2, unnest($3::text[])`,
      [delegationId, companyId, sessionIds],
    );
  }

  async unavailability(
    delegationId: string,
    companyId?: string,
  ): Promise<{ companyId: string; sessionId: string }[]> {
    return this.txHost.tx.query(
      `SELECT company_id AS "companyId", session_id AS "sessionId" FROM meeting_unavailability
       WHERE delegation_id = $1 AND ($2::uuid IS NULL OR company_id = $2) ORDER BY session_id`,
      [delegationId, companyId ?? null],
    );
  }

  async checkIn(delegationId: string, companyId: string): Promise<Date> {
    const [row] = await this.txHost.tx.query<{ at: Date }[]>(
      `INSERT INTO meeting_check_ins (delegation_id, company_id) VALUES ($1, $2)
       ON CONFLICT (delegation_id, company_id) DO UPDATE SET checked_in_at = meeting_check_ins.checked_in_at
       RETURNING checked_in_at AS at`,
      [delegationId, companyId],
    );
    return row.at;
  }
}
