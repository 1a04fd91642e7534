import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type {
  MeetingOutcome,
  MeetingReport,
  MeetingRequestResponse,
  MeetingStatsResponse,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { ConflictError, InvalidInputError, NotFoundError } from '../../common/errors/domain-error';
import { CompaniesService } from '../companies/companies.service';
import { MeetingsAccess } from './meetings-access';
import { MeetingParticipantsRepository } from './meeting-participants.repository';
import { MeetingsRepository } from './meetings.repository';
import { MeetingRequestsService } from './meeting-requests.service';

/** On the day: check-in, each side's word on whether a meeting was held, and its outcome. */
@Injectable()
export class MeetingDayService {
  constructor(
    private readonly access: MeetingsAccess,
    private readonly repository: MeetingsRepository,
    private readonly participation: MeetingParticipantsRepository,
    private readonly requests: MeetingRequestsService,
    private readonly companies: CompaniesService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** A participating firm checks itself in; staff check in any participant (`companyId`). */
  async checkIn(
    id: string,
    user: AuthUser,
    companyId?: string,
  ): Promise<{ companyId: string; checkedInAt: string }> {
    const context = await this.access.context(id, user);
    let firmId: string;
    if (context.viewer.kind === 'staff') {
      if (!companyId) {
        throw InvalidInputError.field('companyId', 'companyId is required when staff check in');
      }
      const company = await this.companies.get(companyId, user);
      const takesPart =
        company.country === context.home
          ? await this.participation.visitorSeat(id, company.id)
          : (await this.participation.hostStatus(id, company.id)) === 'registered';
      if (!takesPart) {
        throw InvalidInputError.field('companyId', 'the firm does not take part in this visit');
      }
      firmId = company.id;
    } else {
      firmId = (await this.access.participant(id, user)).viewer.companyId;
    }
    const at = await this.txHost.withTransaction(() => this.participation.checkIn(id, firmId));
    return { companyId: firmId, checkedInAt: at.toISOString() };
  }

  /** Each side says whether the meeting took place; staff may not speak for a firm. */
  async report(
    id: string,
    requestId: string,
    user: AuthUser,
    report: MeetingReport,
  ): Promise<MeetingRequestResponse> {
    const { viewer } = await this.access.participant(id, user);
    await this.txHost.withTransaction(async () => {
      const row = await this.scheduledRow(id, requestId, viewer.companyId);
      const side = row.requester.id === viewer.companyId ? 'requester' : 'target';
      await this.repository.setReport(requestId, side, report);
    });
    return this.requests.get(id, requestId, user);
  }

  /** Either firm of the meeting, or staff, records what came of it. */
  async outcome(
    id: string,
    requestId: string,
    user: AuthUser,
    outcome: MeetingOutcome,
  ): Promise<MeetingRequestResponse> {
    const { viewer } = await this.access.context(id, user);
    await this.txHost.withTransaction(async () => {
      const row = await this.scheduledRow(
        id,
        requestId,
        viewer.kind === 'firm' ? viewer.companyId : null,
      );
      if ([row.requesterReport, row.targetReport].includes('no_show')) {
        throw new ConflictError('a meeting marked as a no-show has no outcome', 'no_show');
      }
      await this.repository.setOutcome(requestId, outcome);
    });
    return this.requests.get(id, requestId, user);
  }

  async stats(id: string, user: AuthUser): Promise<MeetingStatsResponse> {
    await this.access.staff(id, user);
    const row = await this.repository.stats(id);
    return {
      requested: row.requested,
      accepted: row.accepted,
      scheduled: row.scheduled,
      held: row.held,
      noShow: row.noShow,
      followUp: row.followUp,
      agreementInView: row.agreementInView,
      checkedIn: row.checkedIn,
    };
  }

  private async scheduledRow(id: string, requestId: string, companyId: string | null) {
    const row = await this.repository.findRequest(id, requestId, true);
    if (!row || (companyId && ![row.requester.id, row.target.id].includes(companyId))) {
      throw new NotFoundError('Meeting request');
    }
    if (!row.slotStartsAt) {
      throw new ConflictError('the meeting is not scheduled', 'not_scheduled');
    }
    // Firms only know their slots once staff publish; before that there is nothing to report.
    if (companyId && (await this.repository.findProgramme(id))?.scheduleStatus !== 'published') {
      throw new ConflictError('the schedule is not published yet', 'not_published');
    }
    return row;
  }
}
