import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import {
  delegationCountries,
  type Country,
  type DelegationCandidate,
  type DelegationResponse,
  type JsonValue,
  type Page,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { ConflictError, InvalidInputError, NotFoundError } from '../../common/errors/domain-error';
import { cursorFields, DEFAULT_PAGE_SIZE, decodeCursor } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-page';
import type { PageQuery } from '../../common/pagination/page-query';
import { AuditService } from '../audit/audit.service';
import { CompaniesService } from '../companies/companies.service';
import { rankDelegationCandidates } from '@jcc/matching';
import { DelegationLists } from './delegation-lists';
import { delegationViewer, type DelegationViewer } from './delegation-viewer';
import type { DelegationEntity } from './delegation.entity';
import { toDelegationResponse } from './delegation.mapper';
import { DelegationsRepository, type DelegationRow } from './delegations.repository';
import type { CreateDelegationDto } from './dto/create-delegation.dto';
import type { UpdateDelegationDto } from './dto/update-delegation.dto';

/** Candidates are ranked among this many firms of the pool, and against this many counterparts. */
const POOL_PER_RESULT = 2;
const POOL_MIN = 40;
const COUNTERPARTS = 400;

@Injectable()
export class DelegationsService {
  constructor(
    private readonly delegations: DelegationsRepository,
    private readonly lists: DelegationLists,
    private readonly companies: CompaniesService,
    private readonly audit: AuditService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async create(staff: AuthUser, input: CreateDelegationDto): Promise<DelegationResponse> {
    checkDates(input.startsOn, input.endsOn);
    const created = await this.txHost.withTransaction(async () => {
      const delegation = await this.delegations.insert({
        ...input,
        createdByUserId: staff.id,
      });
      await this.audit.record(staff, {
        action: 'delegation.create',
        target: { type: 'delegation', id: delegation.id },
        after: { ...input },
      });
      return delegation;
    });
    return this.get(created.id, staff);
  }

  async update(
    id: string,
    staff: AuthUser,
    patch: UpdateDelegationDto,
  ): Promise<DelegationResponse> {
    await this.txHost.withTransaction(async () => {
      const delegation = await this.delegations.lock(id);
      if (!delegation) {
        throw new NotFoundError('Delegation');
      }
      checkDates(patch.startsOn ?? delegation.startsOn, patch.endsOn ?? delegation.endsOn);
      const seats = await this.delegations.seatsTaken(id);
      if (patch.capacity !== undefined && patch.capacity < seats) {
        throw new ConflictError(
          `capacity cannot go below the ${seats} seats already promised; decline or waitlist firms first`,
          'capacity_below_seats',
        );
      }
      if (
        patch.direction &&
        patch.direction !== delegation.direction &&
        seats + (await this.hasAnyMember(id)) > 0
      ) {
        throw new ConflictError(
          'direction cannot change once firms are on the list',
          'delegation_has_members',
        );
      }
      const before: Record<string, JsonValue> = {};
      for (const field of Object.keys(patch) as (keyof UpdateDelegationDto)[]) {
        before[field] = delegation[field];
      }
      await this.delegations.update(id, patch);
      await this.audit.record(staff, {
        action: 'delegation.update',
        target: { type: 'delegation', id },
        before,
        after: { ...patch },
      });
    });
    return this.get(id, staff);
  }

  async get(id: string, user: AuthUser): Promise<DelegationResponse> {
    const viewer = await delegationViewer(user, this.companies);
    return toDelegationResponse(await this.findVisible(id, viewer), viewer.kind === 'firm');
  }

  async list(user: AuthUser, query: PageQuery): Promise<Page<DelegationResponse>> {
    const viewer = await delegationViewer(user, this.companies);
    if (viewer.kind === 'nobody') {
      return { items: [], nextCursor: null };
    }
    const after = query.cursor
      ? decodeCursor(query.cursor, { on: isDate, id: cursorFields.uuid })
      : null;
    return keysetPage(
      query,
      (limit) =>
        this.delegations.find(
          { viewer: viewer.kind === 'firm' ? viewer : undefined },
          after,
          limit,
        ),
      {
        items: (rows) => rows.map((row) => toDelegationResponse(row, viewer.kind === 'firm')),
        key: (row) => ({ ...row.key }),
      },
    );
  }

  async candidates(
    id: string,
    staff: AuthUser,
    limit = DEFAULT_PAGE_SIZE,
  ): Promise<Page<DelegationCandidate>> {
    const { delegation } = await this.findVisible(id, { kind: 'staff' });
    const { home, host } = delegationCountries(delegation.direction);
    const pool = await this.lists.candidatePool(
      id,
      home,
      delegation.sectors,
      Math.max(POOL_MIN, limit * POOL_PER_RESULT),
    );
    const counterparts = await this.lists.counterparts(
      host,
      delegation.hostCity,
      delegation.sectors,
      COUNTERPARTS,
    );
    return {
      items: rankDelegationCandidates(pool, counterparts, delegation.sectors, limit),
      nextCursor: null,
    };
  }

  /** A delegation the viewer may know of; to anyone else it does not exist (404). */
  async findVisible(id: string, viewer: DelegationViewer): Promise<DelegationRow> {
    if (viewer.kind === 'nobody') {
      throw new NotFoundError('Delegation');
    }
    const [row] = await this.delegations.find(
      { id, viewer: viewer.kind === 'firm' ? viewer : undefined },
      null,
      1,
    );
    if (!row) {
      throw new NotFoundError('Delegation');
    }
    return row;
  }

  /** The firms holding a seat on the delegation, for other features (meetings). */
  seatedCompanyIds(id: string): Promise<string[]> {
    return this.delegations.seatedCompanyIds(id);
  }

  /** Visits coming to `hostCountry` that have not ended, with their seated firms (meetings). */
  incoming(hostCountry: Country, today: string, limit = 100) {
    return this.delegations.incoming(hostCountry, today, limit);
  }

  private async hasAnyMember(id: string): Promise<number> {
    return (await this.lists.members(id, {}, null, 1)).length;
  }
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

function checkDates(
  startsOn: DelegationEntity['startsOn'],
  endsOn: DelegationEntity['endsOn'],
): void {
  if (endsOn < startsOn) {
    throw InvalidInputError.field('endsOn', 'endsOn must be on or after startsOn');
  }
}
