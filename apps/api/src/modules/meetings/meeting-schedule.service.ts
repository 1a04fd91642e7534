import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  schedule,
  SchedulingInputError,
  type SchedulingInput,
  type SchedulingInputErrorCode,
} from '@jcc/scheduling';
import type {
  Country,
  ErrorCodeWithStatus,
  MeetingRequestResponse,
  ScheduleRunResponse,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { ConflictError, NotFoundError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { MeetingsAccess } from './meetings-access';
import { MeetingsNotifier } from './meetings-notifier';
import { MeetingParticipantsRepository } from './meeting-participants.repository';
import { MeetingsRepository, type ProgrammeRow, type RequestRow } from './meetings.repository';
import { buildSlots } from './programme/programme-rules';
import { MeetingRequestsService } from './meeting-requests.service';

/** The catalogue's code for each of the scheduler's input errors (a contradictory input is 409). */
const SCHEDULE_ERROR_CODES: Record<SchedulingInputErrorCode, ErrorCodeWithStatus<409>> = {
  duplicate_meeting: 'schedule_duplicate_meeting',
  duplicate_slot: 'schedule_duplicate_slot',
  duplicate_table: 'schedule_duplicate_table',
  same_side: 'schedule_same_side',
  unknown_meeting: 'schedule_unknown_meeting',
  unknown_slot: 'schedule_unknown_slot',
  unknown_table: 'schedule_unknown_table',
  lock_conflict: 'schedule_lock_conflict',
};

/** Staff schedule the accepted meetings (libs/scheduling), lock some, re-run, publish. */
@Injectable()
export class MeetingScheduleService {
  constructor(
    private readonly access: MeetingsAccess,
    private readonly repository: MeetingsRepository,
    private readonly participation: MeetingParticipantsRepository,
    private readonly requests: MeetingRequestsService,
    private readonly audit: AuditService,
    private readonly notifier: MeetingsNotifier,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /**
   * One run at a time per delegation: a transaction-scoped advisory lock, so a second run (from
   * any API process) gets 409 at once instead of waiting and overwriting the first.
   */
  async run(id: string, staff: AuthUser): Promise<ScheduleRunResponse> {
    const { home } = await this.access.staff(id, staff);
    return this.txHost.withTransaction(async () => {
      if (!(await this.repository.tryScheduleLock(id))) {
        throw new ConflictError(
          'a scheduling run for this visit is in progress',
          'run_in_progress',
        );
      }
      const programme = await this.programme(id);
      const accepted = await this.repository.requests(id, { status: 'accepted' });
      const input = await this.input(programme, accepted, home);
      let result;
      try {
        result = schedule(input);
      } catch (error) {
        if (error instanceof SchedulingInputError) {
          throw new ConflictError(error.message, SCHEDULE_ERROR_CODES[error.code]);
        }
        throw error;
      }
      await this.repository.writeSchedule(
        id,
        result.assignments
          .filter((assignment) => !assignment.locked)
          .map((assignment) => ({
            id: assignment.meetingId,
            slotStartsAt: assignment.slotId,
            table: assignment.table,
          })),
      );
      await this.repository.setScheduleStatus(id, 'scheduled');
      const response: ScheduleRunResponse = {
        placed: result.stats.placed,
        unplaced: result.unplaced.length,
        slotsUsed: result.stats.slotsUsed,
        lowerBound: result.stats.lowerBound,
        idleGaps: result.stats.idleGaps,
        locked: input.locked?.length ?? 0,
      };
      await this.audit.record(staff, {
        action: 'delegation.schedule.run',
        target: { type: 'delegation', id },
        after: { ...response },
      });
      return response;
    });
  }

  async publish(id: string, staff: AuthUser): Promise<{ scheduleStatus: 'published' }> {
    const { delegation } = await this.access.staff(id, staff);
    await this.txHost.withTransaction(async () => {
      const programme = await this.programme(id);
      if (programme.scheduleStatus === 'none') {
        throw new ConflictError('run the schedule before publishing it', 'not_scheduled');
      }
      await this.repository.setScheduleStatus(id, 'published');
      await this.audit.record(staff, {
        action: 'delegation.schedule.publish',
        target: { type: 'delegation', id },
      });
      // Every seated visitor and registered host (and staff, live): with the change.
      const [visitors, hosts] = await Promise.all([
        this.participation.visitors(id),
        this.participation.hosts(id),
      ]);
      await this.notifier.schedulePublished(id, delegation.title, [
        ...visitors.map((firm) => firm.id),
        ...hosts.filter((host) => host.status === 'registered').map((host) => host.company.id),
      ]);
    });
    return { scheduleStatus: 'published' };
  }

  /** Locks a scheduled meeting where it is (a re-run keeps it), or unlocks it. */
  async lock(
    id: string,
    requestId: string,
    staff: AuthUser,
    locked: boolean,
  ): Promise<MeetingRequestResponse> {
    await this.access.staff(id, staff);
    await this.txHost.withTransaction(async () => {
      const row = await this.repository.findRequest(id, requestId, true);
      if (!row) {
        throw new NotFoundError('Meeting request');
      }
      if (locked && !row.slotStartsAt) {
        throw new ConflictError('only a scheduled meeting can be locked', 'not_scheduled');
      }
      await this.repository.setLocked(requestId, locked);
    });
    return this.requests.get(id, requestId, staff);
  }

  /** Staff: the whole grid. A firm: its own meetings, once the schedule is published. */
  async agenda(id: string, user: AuthUser): Promise<MeetingRequestResponse[]> {
    const { viewer } = await this.access.context(id, user);
    const programme = await this.repository.findProgramme(id);
    if (viewer.kind === 'firm' && programme?.scheduleStatus !== 'published') {
      return [];
    }
    const all = await this.requests.list(id, user);
    return all.filter((request) => request.slot !== null);
  }

  private async programme(id: string): Promise<ProgrammeRow> {
    const programme = await this.repository.findProgramme(id, true);
    if (!programme) {
      throw new ConflictError('staff have not set the programme yet', 'no_programme');
    }
    return programme;
  }

  private async input(
    programme: ProgrammeRow,
    accepted: RequestRow[],
    home: Country,
  ): Promise<SchedulingInput> {
    const slots = buildSlots(
      programme.sessions,
      programme.slotMinutes,
      programme.breakMinutes,
      programme.blocks,
    );
    const slotIds = new Set(slots.map((slot) => slot.id));
    const unavailable: Record<string, string[]> = {};
    for (const row of await this.participation.unavailability(programme.delegationId)) {
      const sessionSlots = slots.filter((slot) => slot.sessionId === row.sessionId);
      unavailable[row.companyId] = [
        ...(unavailable[row.companyId] ?? []),
        ...sessionSlots.map((slot) => slot.id),
      ];
    }
    // The visiting firm is side A whichever firm asked; a lock survives only if its slot and
    // table still exist in the programme.
    const tables = new Set(programme.tables);
    return {
      meetings: accepted.map((row) => {
        const requesterVisits = row.requester.country === home;
        return {
          id: row.id,
          firmA: requesterVisits ? row.requester.id : row.target.id,
          firmB: requesterVisits ? row.target.id : row.requester.id,
          priority: row.priority,
        };
      }),
      slots: slots.map((slot) => ({ id: slot.id, session: slot.sessionId })),
      tables: programme.tables,
      unavailable,
      locked: accepted
        .filter(
          (row) =>
            row.locked &&
            row.slotStartsAt &&
            slotIds.has(row.slotStartsAt.toISOString()) &&
            tables.has(row.tableName ?? ''),
        )
        .map((row) => ({
          meetingId: row.id,
          slotId: row.slotStartsAt?.toISOString() ?? '',
          table: row.tableName ?? '',
        })),
    };
  }
}
