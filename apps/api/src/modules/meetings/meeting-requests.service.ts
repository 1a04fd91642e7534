import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { MeetingRequestResponse } from '@jcc/contracts';
import { scorePair } from '@jcc/matching';
import type { AuthUser } from '../../common/auth-user';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TooManyRequestsError,
} from '../../common/errors/domain-error';
import { CompaniesService } from '../companies/companies.service';
import type { CreateMeetingRequestDto } from './dto/meeting-request.dto';
import { MeetingsAccess } from './meetings-access';
import { MeetingsNotifier } from './meetings-notifier';
import { toRequestResponse } from './meetings.mapper';
import {
  MeetingParticipantsRepository,
  type MeetingProfile,
} from './meeting-participants.repository';
import { MeetingsRepository, type ProgrammeRow, type RequestRow } from './meetings.repository';

/** Meeting requests between a visiting firm and a host firm: ask, accept or decline. */
@Injectable()
export class MeetingRequestsService {
  constructor(
    private readonly access: MeetingsAccess,
    private readonly repository: MeetingsRepository,
    private readonly participation: MeetingParticipantsRepository,
    private readonly companies: CompaniesService,
    private readonly notifier: MeetingsNotifier,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async create(
    id: string,
    user: AuthUser,
    input: CreateMeetingRequestDto,
  ): Promise<MeetingRequestResponse> {
    const { viewer, home, host, delegation } = await this.access.participant(id, user);
    const target = await this.companies.get(input.targetCompanyId, user).catch(() => {
      throw InvalidInputError.field('targetCompanyId', 'no such firm');
    });
    if (target.country === viewer.country) {
      throw InvalidInputError.field(
        'targetCompanyId',
        'meetings are between a visiting firm and a host firm: this firm is from your own country',
      );
    }
    const targetIsParticipant =
      target.country === home
        ? await this.participation.visitorSeat(id, target.id)
        : target.country === host &&
          (await this.participation.hostStatus(id, target.id)) === 'registered';
    if (!targetIsParticipant) {
      throw InvalidInputError.field('targetCompanyId', 'the firm does not take part in this visit');
    }
    const requestId = await this.txHost.withTransaction(async () => {
      // The programme row lock serialises a firm's requests, so the quota holds under races.
      const programme = await this.openProgramme(id);
      const sent = await this.repository.requestsSentBy(id, viewer.companyId);
      if (sent >= programme.quotaPerFirm) {
        throw new TooManyRequestsError(
          `your firm has used its quota of ${programme.quotaPerFirm} requests`,
          'quota_exceeded',
        );
      }
      const inserted = await this.repository.insertRequest({
        delegationId: id,
        requesterId: viewer.companyId,
        targetId: target.id,
        note: input.note?.trim() ?? '',
        priority: input.priority,
      });
      if (!inserted) {
        throw new ConflictError('these two firms already have a request', 'request_exists');
      }
      // In the transaction: the bell's row commits with the request; the socket event after.
      await this.notifier.requestSent(
        {
          delegationId: id,
          requestId: inserted,
          status: 'pending',
          requesterCompanyId: viewer.companyId,
          targetCompanyId: target.id,
        },
        {
          requester:
            (await this.companies.summaries([viewer.companyId])).get(viewer.companyId)?.name ?? '',
          visit: delegation.title,
        },
      );
      return inserted;
    });
    return this.get(id, requestId, user);
  }

  /** The firms of a meeting request (agreements check their source against it); null if none. */
  async firmsOf(requestId: string): Promise<string[] | null> {
    const row = await this.repository.requestFirms(requestId);
    return row ? [row.requesterId, row.targetId] : null;
  }

  async get(id: string, requestId: string, user: AuthUser): Promise<MeetingRequestResponse> {
    const { viewer } = await this.access.context(id, user);
    const row = await this.repository.findRequest(id, requestId);
    if (
      !row ||
      (viewer.kind === 'firm' && ![row.requester.id, row.target.id].includes(viewer.companyId))
    ) {
      throw new NotFoundError('Meeting request');
    }
    const programme = await this.repository.findProgramme(id);
    const score = await this.scorer([row]);
    return toRequestResponse(
      row,
      programme?.slotMinutes ?? 0,
      viewer.kind === 'staff' || programme?.scheduleStatus === 'published',
      score(row, viewer.kind === 'firm' ? viewer.companyId : null),
    );
  }

  /** Scores each request's pair with libs/matching; reasons read from the caller's firm. */
  private async scorer(rows: RequestRow[]) {
    const ids = [...new Set(rows.flatMap((row) => [row.requester.id, row.target.id]))];
    const profiles = new Map<string, MeetingProfile>(
      (await this.participation.profiles(ids)).map((profile) => [profile.id, profile]),
    );
    return (row: RequestRow, viewerId: string | null): MeetingRequestResponse['match'] => {
      const [first, second] =
        viewerId === row.target.id
          ? [row.target.id, row.requester.id]
          : [row.requester.id, row.target.id];
      const a = profiles.get(first);
      const b = profiles.get(second);
      const pair = a && b ? scorePair(a, b) : null;
      return pair ? { score: pair.score, mutual: pair.mutual, reasons: pair.reasons } : null;
    };
  }

  /** Staff: every request. A firm: those it sent or received. */
  async list(id: string, user: AuthUser): Promise<MeetingRequestResponse[]> {
    const { viewer } = await this.access.context(id, user);
    const programme = await this.repository.findProgramme(id);
    const rows = await this.repository.requests(id, {
      companyId: viewer.kind === 'firm' ? viewer.companyId : undefined,
    });
    const showSlots = viewer.kind === 'staff' || programme?.scheduleStatus === 'published';
    const score = await this.scorer(rows);
    const viewerId = viewer.kind === 'firm' ? viewer.companyId : null;
    return rows.map((row) =>
      toRequestResponse(row, programme?.slotMinutes ?? 0, showSlots, score(row, viewerId)),
    );
  }

  /** Only the requested firm answers, while the request is pending and requests are open. */
  async answer(
    id: string,
    requestId: string,
    user: AuthUser,
    decision: 'accept' | 'decline',
  ): Promise<MeetingRequestResponse> {
    const { viewer, delegation } = await this.access.participant(id, user);
    await this.txHost.withTransaction(async () => {
      const row = await this.repository.findRequest(id, requestId, true);
      if (!row || ![row.requester.id, row.target.id].includes(viewer.companyId)) {
        throw new NotFoundError('Meeting request');
      }
      if (row.target.id !== viewer.companyId) {
        throw new ForbiddenError('Only the requested firm answers a request', 'not_target');
      }
      if (row.status !== 'pending') {
        throw new ConflictError(`the request is already ${row.status}`, 'already_answered');
      }
      await this.openProgramme(id);
      const status = decision === 'accept' ? 'accepted' : 'declined';
      await this.repository.answerRequest(requestId, status);
      await this.notifier.requestAnswered(
        {
          delegationId: id,
          requestId,
          status,
          requesterCompanyId: row.requester.id,
          targetCompanyId: row.target.id,
        },
        { target: row.target.name, visit: delegation.title },
      );
    });
    return this.get(id, requestId, user);
  }

  private async openProgramme(id: string): Promise<ProgrammeRow> {
    const programme = await this.repository.findProgramme(id, true);
    if (!programme) {
      throw new ConflictError('staff have not set the programme yet', 'no_programme');
    }
    if (programme.requestDeadline && programme.requestDeadline.getTime() <= Date.now()) {
      throw new ConflictError(
        `requests closed at ${programme.requestDeadline.toISOString()}`,
        'requests_closed',
      );
    }
    return programme;
  }
}
