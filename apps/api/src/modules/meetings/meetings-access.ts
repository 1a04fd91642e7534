import { Injectable } from '@nestjs/common';
import { delegationCountries, type Country } from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../common/auth-user';
import { ForbiddenError, NotFoundError } from '../../common/errors/domain-error';
import { CompaniesService } from '../companies/companies.service';
import type { DelegationEntity } from '../delegations/delegation.entity';
import { DelegationsService } from '../delegations/delegations.service';
import { MeetingParticipantsRepository } from './meeting-participants.repository';
import { MeetingsRepository } from './meetings.repository';

/**
 * Who looks at a delegation's meetings. Staff see everything. A firm of the visiting country sees
 * them when it holds a seat on the delegation; a verified firm of the host country sees upcoming
 * visits, and takes part once registered. Anyone else: the delegation does not exist (404).
 */
export type MeetingViewer =
  | { kind: 'staff' }
  | {
      kind: 'firm';
      companyId: string;
      country: Country;
      side: 'visitor' | 'host';
      /** Holds a seat (visitor) or registered (host): may request and be requested. */
      participant: boolean;
      hostStatus: 'invited' | 'registered' | null;
    };

export interface MeetingContext {
  delegation: DelegationEntity;
  home: Country;
  host: Country;
  viewer: MeetingViewer;
}

@Injectable()
export class MeetingsAccess {
  constructor(
    private readonly delegations: DelegationsService,
    private readonly companies: CompaniesService,
    private readonly repository: MeetingsRepository,
    private readonly participation: MeetingParticipantsRepository,
  ) {}

  async delegation(id: string): Promise<DelegationEntity> {
    return (await this.delegations.findVisible(id, { kind: 'staff' })).delegation;
  }

  async context(id: string, user: AuthUser): Promise<MeetingContext> {
    const delegation = await this.delegation(id);
    const { home, host } = delegationCountries(delegation.direction);
    if (isStaff(user)) {
      return { delegation, home, host, viewer: { kind: 'staff' } };
    }
    if (!user.companyId) {
      throw new NotFoundError('Delegation');
    }
    const company = await this.companies.get(user.companyId, user);
    if (company.country === home) {
      const seat = await this.participation.visitorSeat(id, company.id);
      if (!seat) {
        throw new NotFoundError('Delegation');
      }
      return {
        delegation,
        home,
        host,
        viewer: {
          kind: 'firm',
          companyId: company.id,
          country: company.country,
          side: 'visitor',
          participant: true,
          hostStatus: null,
        },
      };
    }
    const hostStatus = await this.participation.hostStatus(id, company.id);
    if (company.verification !== 'verified' && hostStatus === null) {
      throw new NotFoundError('Delegation');
    }
    return {
      delegation,
      home,
      host,
      viewer: {
        kind: 'firm',
        companyId: company.id,
        country: company.country,
        side: 'host',
        participant: hostStatus === 'registered',
        hostStatus,
      },
    };
  }

  /** The caller must be a participating firm. */
  async participant(id: string, user: AuthUser) {
    const context = await this.context(id, user);
    const { viewer } = context;
    if (viewer.kind !== 'firm' || !viewer.participant) {
      throw new ForbiddenError(
        viewer.kind === 'staff'
          ? 'Firms request and answer meetings; staff schedule them'
          : 'Register for this visit first',
        'not_participant',
      );
    }
    return { ...context, viewer };
  }

  async staff(id: string, user: AuthUser): Promise<MeetingContext> {
    if (!isStaff(user)) {
      // Not staff: the firm learns nothing it could not see anyway.
      await this.context(id, user);
      throw new ForbiddenError('Only chamber staff may do this');
    }
    return this.context(id, user);
  }
}
