import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { SEAT_HOLDING_STATUSES, type Country, type DelegationMemberStatus } from '@jcc/contracts';
import { DelegationMemberEntity } from './delegation-member.entity';
import { DelegationEntity } from './delegation.entity';

export interface DelegationRow {
  delegation: DelegationEntity;
  seatsTaken: number;
  myStatus: DelegationMemberStatus | null;
  /** starts_on as text and id: the keyset of lists (latest start first). */
  key: { on: string; id: string };
}

interface RawDelegation {
  id: string;
  title: string;
  direction: DelegationEntity['direction'];
  host_city: string;
  starts_on: string;
  ends_on: string;
  sectors: DelegationEntity['sectors'];
  capacity: number;
  created_by_user_id: string | null;
  created_at: Date;
  updated_at: Date;
  seats_taken: number;
  my_status: DelegationMemberStatus | null;
}

const SEATS = `(SELECT count(*)::int FROM delegation_members m
  WHERE m.delegation_id = d.id AND m.status = ANY('{${SEAT_HOLDING_STATUSES.join(',')}}'))`;

/** Delegations and the rows of their lists. */
@Injectable()
export class DelegationsRepository {
  constructor(
    @InjectRepository(DelegationEntity) private readonly delegations: Repository<DelegationEntity>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Delegations through the current transaction, if any. */
  private get current(): Repository<DelegationEntity> {
    return this.txHost.tx.getRepository(DelegationEntity);
  }

  private get members(): Repository<DelegationMemberEntity> {
    return this.txHost.tx.getRepository(DelegationMemberEntity);
  }

  async insert(delegation: Partial<DelegationEntity>): Promise<DelegationEntity> {
    const delegations = this.current;
    return delegations.save(delegations.create(delegation));
  }

  async update(id: string, patch: Partial<DelegationEntity>): Promise<void> {
    await this.current.update({ id }, patch);
  }

  /** Locks the delegation until the current transaction ends: the seat count cannot change meanwhile. */
  lock(id: string): Promise<DelegationEntity | null> {
    return this.current
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.id = :id', { id })
      .getOne();
  }

  async seatsTaken(id: string): Promise<number> {
    const [row] = await this.txHost.tx.query<{ seats: number }[]>(
      `SELECT ${SEATS} AS seats FROM delegations d WHERE d.id = $1`,
      [id],
    );
    return row?.seats ?? 0;
  }

  /** The firms holding a seat on the delegation (other features read its list through this). */
  async seatedCompanyIds(id: string): Promise<string[]> {
    const rows = await this.txHost.tx.query<{ companyId: string }[]>(
      `SELECT company_id AS "companyId" FROM delegation_members
       WHERE delegation_id = $1 AND status = ANY($2::text[]) ORDER BY company_id`,
      [id, SEAT_HOLDING_STATUSES],
    );
    return rows.map((row) => row.companyId);
  }

  /**
   * Visits to `hostCountry` that have not ended, soonest first, each with the firms holding a
   * seat: one statement for what meetings' incoming list needs (no query per delegation).
   */
  async incoming(
    hostCountry: Country,
    today: string,
    limit: number,
  ): Promise<{ delegation: DelegationEntity; seatedCompanyIds: string[] }[]> {
    const rows = await this.txHost.tx.query<(RawDelegation & { seated: string[] })[]>(
      `SELECT d.id, d.title, d.direction, d.host_city, d.starts_on::text AS starts_on,
         d.ends_on::text AS ends_on, d.sectors, d.capacity, d.created_by_user_id, d.created_at,
         d.updated_at,
         COALESCE((SELECT array_agg(m.company_id::text ORDER BY m.company_id) FROM delegation_members m
           WHERE m.delegation_id = d.id AND m.status = ANY($3::text[])), '{}'::text[]) AS seated
       FROM delegations d
       WHERE d.direction = $1 AND d.ends_on >= $2::date
       ORDER BY d.starts_on, d.id
       LIMIT $4`,
      [hostCountry === 'AZ' ? 'PK_TO_AZ' : 'AZ_TO_PK', today, SEAT_HOLDING_STATUSES, limit],
    );
    return rows.map((row) => ({
      delegation: this.delegations.create({
        id: row.id,
        title: row.title,
        direction: row.direction,
        hostCity: row.host_city,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        sectors: row.sectors,
        capacity: row.capacity,
        createdByUserId: row.created_by_user_id,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }),
      seatedCompanyIds: row.seated,
    }));
  }

  /**
   * One delegation, or a page of them. With `viewer`, only those the viewer's firm is on or may
   * apply to (home country, not started yet), with the firm's status on each.
   */
  async find(
    filter: { id?: string; viewer?: { companyId: string; country: Country } },
    after: { on: string; id: string } | null,
    limit: number,
  ): Promise<DelegationRow[]> {
    const params: unknown[] = [
      filter.viewer?.companyId ?? null,
      filter.id ?? null,
      after?.on ?? null,
      after?.id ?? null,
      limit,
    ];
    const visible = filter.viewer
      ? `AND (my.status IS NOT NULL OR (d.direction = $6 AND d.starts_on > CURRENT_DATE))`
      : '';
    if (filter.viewer) {
      params.push(filter.viewer.country === 'PK' ? 'PK_TO_AZ' : 'AZ_TO_PK');
    }
    const rows = await this.delegations.manager.query<RawDelegation[]>(
      // Dates as text: node-postgres would turn a date into a Date at local midnight.
      `SELECT d.id, d.title, d.direction, d.host_city, d.starts_on::text AS starts_on, d.ends_on::text AS ends_on,
         d.sectors, d.capacity, d.created_by_user_id, d.created_at, d.updated_at,
         ${SEATS} AS seats_taken, my.status AS my_status
       FROM delegations d
       LEFT JOIN delegation_members my ON my.delegation_id = d.id AND my.company_id = $1
       WHERE ($2::uuid IS NULL OR d.id = $2) ${visible}
         AND ($3::date IS NULL OR (d.starts_on, d.id) < ($3::date, $4::uuid))
       ORDER BY d.starts_on DESC, d.id DESC
       LIMIT $5`,
      params,
    );
    return rows.map((row) => ({
      delegation: this.delegations.create({
        id: row.id,
        title: row.title,
        direction: row.direction,
        hostCity: row.host_city,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        sectors: row.sectors,
        capacity: row.capacity,
        createdByUserId: row.created_by_user_id,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }),
      seatsTaken: row.seats_taken,
      myStatus: row.my_status,
      key: { on: row.starts_on, id: row.id },
    }));
  }

  findMember(delegationId: string, companyId: string): Promise<DelegationMemberEntity | null> {
    return this.members.findOneBy({ delegationId, companyId });
  }

  async insertMember(
    delegationId: string,
    companyId: string,
    status: DelegationMemberStatus,
  ): Promise<DelegationMemberEntity> {
    const members = this.members;
    return members.save(members.create({ delegationId, companyId, status }));
  }

  async setMemberStatus(
    delegationId: string,
    companyId: string,
    status: DelegationMemberStatus,
  ): Promise<void> {
    await this.members.update({ delegationId, companyId }, { status });
  }
}
