import type { MeetingRequestResponse, ProgrammeResponse, SlotMinutes } from '@jcc/contracts';
import type { ProgrammeRow, RequestRow } from './meetings.repository';
import { buildSlots, dualTime } from './programme/programme-rules';

export function toProgrammeResponse(row: ProgrammeRow): ProgrammeResponse {
  const slots = buildSlots(row.sessions, row.slotMinutes, row.breakMinutes, row.blocks);
  return {
    delegationId: row.delegationId,
    venue: row.venue,
    venueMaxTables: row.venueMaxTables,
    slotMinutes: row.slotMinutes as SlotMinutes,
    breakMinutes: row.breakMinutes,
    tables: row.tables,
    quotaPerFirm: row.quotaPerFirm,
    requestDeadline: row.requestDeadline ? dualTime(row.requestDeadline.toISOString()) : null,
    scheduleStatus: row.scheduleStatus,
    sessions: row.sessions.map((session) => ({
      id: session.id,
      startsAt: dualTime(session.startsAt),
      endsAt: dualTime(session.endsAt),
    })),
    blocks: row.blocks.map((block) => ({
      kind: block.kind,
      label: block.label,
      startsAt: dualTime(block.startsAt),
      endsAt: dualTime(block.endsAt),
    })),
    slots: slots.map((slot) => ({
      id: slot.id,
      sessionId: slot.sessionId,
      startsAt: dualTime(slot.startsAt),
      endsAt: dualTime(slot.endsAt),
    })),
  };
}

/** `slotMinutes` gives the scheduled meeting its end. Firms see slots only once published. */
export function toRequestResponse(
  row: RequestRow,
  slotMinutes: number,
  showSlot: boolean,
  match: MeetingRequestResponse['match'] = null,
): MeetingRequestResponse {
  const start = showSlot && row.slotStartsAt ? row.slotStartsAt.toISOString() : null;
  return {
    id: row.id,
    delegationId: row.delegationId,
    requester: row.requester,
    target: row.target,
    note: row.note,
    priority: row.priority,
    status: row.status,
    slot: start
      ? {
          id: start,
          startsAt: dualTime(start),
          endsAt: dualTime(new Date(Date.parse(start) + slotMinutes * 60_000).toISOString()),
        }
      : null,
    table: start ? row.tableName : null,
    locked: row.locked,
    requesterReport: row.requesterReport,
    targetReport: row.targetReport,
    outcome: row.outcome,
    createdAt: row.createdAt.toISOString(),
    match,
  };
}
