import { SchedulingInputError, type SchedulingInput } from './types';

/** The input turned into dense indices, so the algorithms work on typed arrays. */
export interface Problem {
  meetingIds: string[];
  /** Firm index of the visiting side, per meeting. */
  firmA: Int32Array;
  /** Firm index of the host side, per meeting. */
  firmB: Int32Array;
  priority: Float64Array;
  firmCount: number;
  slotIds: string[];
  /** Session index per slot. */
  sessionOf: Int32Array;
  sessionCount: number;
  tables: string[];
  /** 1 where firm f cannot attend slot s, at f * slotCount + s. */
  unavailable: Uint8Array;
  /** Whether any firm of any meeting has an unavailable slot. */
  constrained: boolean;
  /** Locked slot and table per meeting, or -1. */
  lockedSlot: Int32Array;
  lockedTable: Int32Array;
  lockCount: number;
}

function indexIds(ids: readonly string[], code: 'duplicate_slot' | 'duplicate_table') {
  const index = new Map<string, number>();
  ids.forEach((id, position) => {
    if (index.has(id)) {
      throw new SchedulingInputError(code, `"${id}" appears twice`);
    }
    index.set(id, position);
  });
  return index;
}

export function buildProblem(input: SchedulingInput): Problem {
  const m = input.meetings.length;
  const slotIndex = indexIds(
    input.slots.map((slot) => slot.id),
    'duplicate_slot',
  );
  const tableIndex = indexIds(input.tables, 'duplicate_table');
  const slotCount = input.slots.length;
  const firmIndex = new Map<string, number>();
  const sideOf = new Map<string, 'A' | 'B'>();
  const meetingIndex = new Map<string, number>();
  const firmA = new Int32Array(m);
  const firmB = new Int32Array(m);
  const priority = new Float64Array(m);

  const firm = (id: string, side: 'A' | 'B'): number => {
    const known = sideOf.get(id);
    if (known !== undefined && known !== side) {
      throw new SchedulingInputError('same_side', `firm "${id}" appears on both sides`);
    }
    sideOf.set(id, side);
    let index = firmIndex.get(id);
    if (index === undefined) {
      index = firmIndex.size;
      firmIndex.set(id, index);
    }
    return index;
  };

  input.meetings.forEach((meeting, e) => {
    if (meetingIndex.has(meeting.id)) {
      throw new SchedulingInputError('duplicate_meeting', `meeting "${meeting.id}" appears twice`);
    }
    meetingIndex.set(meeting.id, e);
    firmA[e] = firm(meeting.firmA, 'A');
    firmB[e] = firm(meeting.firmB, 'B');
    priority[e] = meeting.priority ?? 1;
  });

  const firmCount = firmIndex.size;
  const unavailable = new Uint8Array(firmCount * slotCount);
  let constrained = false;
  for (const [firmId, slotIds] of Object.entries(input.unavailable ?? {})) {
    const f = firmIndex.get(firmId);
    if (f === undefined) {
      continue; // a firm without meetings: nothing to constrain
    }
    for (const slotId of slotIds) {
      const s = slotIndex.get(slotId);
      if (s === undefined) {
        throw new SchedulingInputError('unknown_slot', `slot "${slotId}" is not in the programme`);
      }
      unavailable[f * slotCount + s] = 1;
      constrained = true;
    }
  }

  const sessionIndex = new Map<string, number>();
  const sessionOf = new Int32Array(slotCount);
  input.slots.forEach((slot, s) => {
    const key = slot.session ?? '';
    if (!sessionIndex.has(key)) {
      sessionIndex.set(key, sessionIndex.size);
    }
    sessionOf[s] = sessionIndex.get(key) ?? 0;
  });

  const lockedSlot = new Int32Array(m).fill(-1);
  const lockedTable = new Int32Array(m).fill(-1);
  const locks = input.locked ?? [];
  const takenTable = new Set<number>();
  const takenFirm = new Set<number>();
  for (const lock of locks) {
    const e = meetingIndex.get(lock.meetingId);
    const s = slotIndex.get(lock.slotId);
    const t = tableIndex.get(lock.table);
    if (e === undefined) {
      throw new SchedulingInputError('unknown_meeting', `locked meeting "${lock.meetingId}"`);
    }
    if (s === undefined) {
      throw new SchedulingInputError(
        'unknown_slot',
        `slot "${lock.slotId}" is not in the programme`,
      );
    }
    if (t === undefined) {
      throw new SchedulingInputError('unknown_table', `table "${lock.table}" is not in the venue`);
    }
    const tableKey = s * input.tables.length + t;
    const firmKeys = [firmA[e] * slotCount + s, firmB[e] * slotCount + s];
    if (
      lockedSlot[e] !== -1 ||
      takenTable.has(tableKey) ||
      firmKeys.some((k) => takenFirm.has(k))
    ) {
      throw new SchedulingInputError(
        'lock_conflict',
        `locked meeting "${lock.meetingId}" collides with another lock`,
      );
    }
    takenTable.add(tableKey);
    firmKeys.forEach((k) => takenFirm.add(k));
    lockedSlot[e] = s;
    lockedTable[e] = t;
  }

  return {
    meetingIds: input.meetings.map((meeting) => meeting.id),
    firmA,
    firmB,
    priority,
    firmCount,
    slotIds: input.slots.map((slot) => slot.id),
    sessionOf,
    sessionCount: sessionIndex.size,
    tables: [...input.tables],
    unavailable,
    constrained,
    lockedSlot,
    lockedTable,
    lockCount: locks.length,
  };
}

/** max(Δ, ⌈m/T⌉): the most meetings of one firm, or the meetings spread over every table. */
export function lowerBound(problem: Problem): number {
  const m = problem.meetingIds.length;
  if (m === 0) {
    return 0;
  }
  const degree = new Int32Array(problem.firmCount);
  let maxDegree = 0;
  for (let e = 0; e < m; e++) {
    maxDegree = Math.max(maxDegree, ++degree[problem.firmA[e]], ++degree[problem.firmB[e]]);
  }
  const tables = problem.tables.length;
  return tables === 0 ? Infinity : Math.max(maxDegree, Math.ceil(m / tables));
}
