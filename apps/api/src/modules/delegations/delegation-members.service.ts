import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import {
  delegationCountries,
  FIRM_STATUS_TRANSITIONS,
  SEAT_HOLDING_STATUSES,
  type DelegationMemberResponse,
  type DelegationMemberStatus,
  type Page,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../../common/errors/domain-error';
import { cursorFields, decodeCursor } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-page';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CompaniesService } from '../companies/companies.service';
import { DelegationLists } from './delegation-lists';
import { DelegationMembersNotifier } from './delegation-members.notifier';
import { delegationViewer } from './delegation-viewer';
import type { DelegationEntity } from './delegation.entity';
import { toMemberResponse } from './delegation.mapper';
import { DelegationsRepository } from './delegations.repository';
import { DelegationsService } from './delegations.service';
import type { ListMembersQuery } from './dto/delegation-queries';

const isSortName = (value: string) => value.length <= 400;

/**
 * Who is on a delegation. Staff see and change every row; a firm sees only its own row, answers
 * its invitation, and applies; another firm's row does not exist for it (404).
 */
@Injectable()
export class DelegationMembersService {
  constructor(
    private readonly delegations: DelegationsRepository,
    private readonly lists: DelegationLists,
    private readonly delegationsService: DelegationsService,
    private readonly companies: CompaniesService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly notifier: DelegationMembersNotifier,
  ) {}

  async list(
    id: string,
    user: AuthUser,
    query: ListMembersQuery,
  ): Promise<Page<DelegationMemberResponse>> {
    const viewer = await delegationViewer(user, this.companies);
    await this.delegationsService.findVisible(id, viewer);
    const after = query.cursor
      ? decodeCursor(query.cursor, { name: isSortName, id: cursorFields.uuid })
      : null;
    const companyId = viewer.kind === 'firm' ? viewer.companyId : undefined;
    return keysetPage(
      query,
      (limit) => this.lists.members(id, { statuses: query.status, companyId }, after, limit),
      { items: (rows) => rows.map(toMemberResponse), key: (row) => ({ ...row.key }) },
    );
  }

  async get(id: string, companyId: string, user: AuthUser): Promise<DelegationMemberResponse> {
    const viewer = await delegationViewer(user, this.companies);
    await this.delegationsService.findVisible(id, viewer);
    if (viewer.kind === 'firm' && viewer.companyId !== companyId) {
      throw new NotFoundError('Delegation member');
    }
    const [row] = await this.lists.members(id, { companyId }, null, 1);
    if (!row) {
      throw new NotFoundError('Delegation member');
    }
    return toMemberResponse(row);
  }

  /** Staff put a firm on the list: invited while seats remain, waitlisted after. */
  async invite(id: string, staff: AuthUser, companyId: string): Promise<DelegationMemberResponse> {
    const company = await this.companies.get(companyId, staff);
    await this.txHost.withTransaction(async () => {
      const delegation = await this.lockDelegation(id);
      const { home } = delegationCountries(delegation.direction);
      if (company.country !== home) {
        throw InvalidInputError.field(
          'companyId',
          `this delegation takes firms from ${home}; the firm is from ${company.country}`,
        );
      }
      if (company.verification === 'rejected') {
        throw new ForbiddenError('a rejected firm cannot be invited', 'company_rejected');
      }
      await this.mustNotBeOn(id, companyId);
      const full = (await this.delegations.seatsTaken(id)) >= delegation.capacity;
      const status: DelegationMemberStatus = full ? 'waitlisted' : 'invited';
      await this.delegations.insertMember(id, companyId, status);
      await this.notifier.placed(delegation, companyId, status);
      await this.audit.record(staff, {
        action: 'delegation.member.invite',
        target: { type: 'delegation', id },
        after: { companyId, status },
      });
      await this.notifications.notify({
        recipients: [{ companyId }],
        kind: 'delegation.invited',
        params: { delegationId: id, title: delegation.title, status },
        link: '/delegations',
      });
    });
    return this.get(id, companyId, staff);
  }

  /** A firm of the home country asks to join a delegation that has not started. */
  async apply(id: string, user: AuthUser): Promise<DelegationMemberResponse> {
    const viewer = await delegationViewer(user, this.companies);
    if (viewer.kind !== 'firm') {
      throw new ForbiddenError(
        viewer.kind === 'staff' ? 'Staff invite firms; firms apply' : 'Register your firm to apply',
      );
    }
    const { delegation } = await this.delegationsService.findVisible(id, viewer);
    const { home } = delegationCountries(delegation.direction);
    if (viewer.country !== home) {
      throw new ForbiddenError(
        `Only firms from ${home} may apply to this delegation`,
        'wrong_country',
      );
    }
    await this.txHost.withTransaction(async () => {
      const locked = await this.lockDelegation(id);
      if (locked.startsOn <= new Date().toISOString().slice(0, 10)) {
        throw new ConflictError(
          'applications are closed: the delegation has started',
          'applications_closed',
        );
      }
      await this.mustNotBeOn(id, viewer.companyId);
      await this.delegations.insertMember(id, viewer.companyId, 'applied');
      await this.audit.record(user, {
        action: 'delegation.member.apply',
        target: { type: 'delegation', id },
        after: { companyId: viewer.companyId, status: 'applied' },
      });
    });
    return this.get(id, viewer.companyId, user);
  }

  /** Staff set any status (within capacity); a firm confirms or declines from where it stands. */
  async setStatus(
    id: string,
    companyId: string,
    user: AuthUser,
    status: DelegationMemberStatus,
  ): Promise<DelegationMemberResponse> {
    const viewer = await delegationViewer(user, this.companies);
    await this.delegationsService.findVisible(id, viewer);
    if (viewer.kind === 'firm' && viewer.companyId !== companyId) {
      throw new NotFoundError('Delegation member');
    }
    await this.txHost.withTransaction(async () => {
      const delegation = await this.lockDelegation(id);
      const member = await this.delegations.findMember(id, companyId);
      if (!member) {
        throw new NotFoundError('Delegation member');
      }
      if (viewer.kind === 'firm' && !FIRM_STATUS_TRANSITIONS[member.status].includes(status)) {
        throw new ConflictError(
          `a firm cannot go from ${member.status} to ${status}`,
          'invalid_transition',
        );
      }
      const takesSeat =
        SEAT_HOLDING_STATUSES.includes(status) && !SEAT_HOLDING_STATUSES.includes(member.status);
      if (takesSeat && (await this.delegations.seatsTaken(id)) >= delegation.capacity) {
        throw new ConflictError(
          `all ${delegation.capacity} seats are taken; waitlist the firm or raise the capacity`,
          'delegation_full',
        );
      }
      await this.delegations.setMemberStatus(id, companyId, status);
      if (viewer.kind !== 'firm' && status !== member.status) {
        // The chamber decided: the firm hears of it (its own answers need no mail).
        await this.notifier.statusChanged(delegation, companyId, status);
      }
      await this.audit.record(user, {
        action: 'delegation.member.status',
        target: { type: 'delegation', id },
        before: { companyId, status: member.status },
        after: { companyId, status },
      });
      if (viewer.kind !== 'firm') {
        // The chamber decided: the firm's accounts hear it (a firm's own change needs no news).
        await this.notifications.notify({
          recipients: [{ companyId }],
          kind: 'delegation.status_changed',
          params: { delegationId: id, title: delegation.title, status },
          link: '/delegations',
        });
      }
    });
    return this.get(id, companyId, user);
  }

  private async lockDelegation(id: string): Promise<DelegationEntity> {
    const delegation = await this.delegations.lock(id);
    if (!delegation) {
      throw new NotFoundError('Delegation');
    }
    return delegation;
  }

  private async mustNotBeOn(id: string, companyId: string): Promise<void> {
    const existing = await this.delegations.findMember(id, companyId);
    if (existing) {
      throw new ConflictError(
        `the firm is already on this delegation (${existing.status})`,
        'already_on_delegation',
      );
    }
  }
}
