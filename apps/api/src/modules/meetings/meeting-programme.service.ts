import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ProgrammeResponse } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import type { PutProgrammeDto } from './dto/put-programme.dto';
import { MeetingsAccess } from './meetings-access';
import { toProgrammeResponse } from './meetings.mapper';
import { MeetingsRepository } from './meetings.repository';
import {
  buildSlots,
  defaultBlocks,
  programmeErrors,
  toUtcIso,
  type StoredBlock,
  type StoredSession,
} from './programme/programme-rules';

/** The event programme of a delegation: sessions, slot length, tables, blocked periods. */
@Injectable()
export class MeetingProgrammeService {
  constructor(
    private readonly access: MeetingsAccess,
    private readonly repository: MeetingsRepository,
    private readonly audit: AuditService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async get(id: string, user: AuthUser): Promise<ProgrammeResponse> {
    await this.access.context(id, user);
    const programme = await this.repository.findProgramme(id);
    if (!programme) {
      throw new NotFoundError('Programme');
    }
    return toProgrammeResponse(programme);
  }

  /** Staff set the whole programme; a change of slots or tables unschedules every meeting. */
  async put(id: string, staff: AuthUser, input: PutProgrammeDto): Promise<ProgrammeResponse> {
    const { delegation, host } = await this.access.staff(id, staff);
    const sessions: StoredSession[] = input.sessions.map((session) => ({
      id: toUtcIso(session.startsAt),
      startsAt: toUtcIso(session.startsAt),
      endsAt: toUtcIso(session.endsAt),
    }));
    const blocks: StoredBlock[] =
      input.blocks?.map((block) => ({
        kind: block.kind,
        label: block.label,
        startsAt: toUtcIso(block.startsAt),
        endsAt: toUtcIso(block.endsAt),
      })) ?? defaultBlocks(delegation.startsOn, delegation.endsOn, host);
    const errors = programmeErrors({
      sessions,
      blocks,
      slotMinutes: input.slotMinutes,
      tables: input.tables,
      venueMaxTables: input.venueMaxTables,
      startsOn: delegation.startsOn,
      endsOn: delegation.endsOn,
      venue: host,
    });
    if (errors.length > 0) {
      throw new InvalidInputError(errors);
    }
    if (buildSlots(sessions, input.slotMinutes, input.breakMinutes, blocks).length === 0) {
      throw InvalidInputError.field('sessions', 'no slot is left once blocked periods are out');
    }
    await this.txHost.withTransaction(async () => {
      const before = await this.repository.findProgramme(id, true);
      const row = {
        delegationId: id,
        venue: input.venue,
        venueMaxTables: input.venueMaxTables,
        slotMinutes: input.slotMinutes,
        breakMinutes: input.breakMinutes,
        tables: input.tables,
        sessions,
        blocks,
        requestDeadline: input.requestDeadline ? new Date(input.requestDeadline) : null,
        quotaPerFirm: input.quotaPerFirm,
      };
      await this.repository.upsertProgramme(row);
      const grid = (p: {
        sessions: unknown;
        slotMinutes: number;
        breakMinutes: number;
        blocks: unknown;
        tables: string[];
      }) => JSON.stringify([p.sessions, p.slotMinutes, p.breakMinutes, p.blocks, p.tables]);
      if (before && grid(before) !== grid(row)) {
        await this.repository.clearAllSlots(id);
      }
      await this.audit.record(staff, {
        action: 'delegation.programme.set',
        target: { type: 'delegation', id },
        after: { venue: row.venue, sessions: sessions.length, tables: row.tables.length },
      });
    });
    return this.get(id, staff);
  }
}
