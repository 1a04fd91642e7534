/** One accepted meeting: a firm of each side of the visit, and how much it matters (higher first). */
export interface MeetingInput {
  id: string;
  /** A firm of the visiting side. */
  firmA: string;
  /** A firm of the host side. */
  firmB: string;
  /** Higher is more important; defaults to 1. */
  priority?: number;
}

/** A slot of the programme, in time order. Idle gaps are only counted inside one session. */
export interface SlotInput {
  id: string;
  session?: string;
}

/** A meeting staff fixed to a slot and a table; the scheduler never moves it. */
export interface LockedMeeting {
  meetingId: string;
  slotId: string;
  table: string;
}

export interface SchedulingInput {
  meetings: readonly MeetingInput[];
  /** Ordered slots. */
  slots: readonly SlotInput[];
  /** Table names; every slot has all of them. */
  tables: readonly string[];
  /** Slots a firm cannot attend, by firm id. */
  unavailable?: Readonly<Record<string, readonly string[]>>;
  locked?: readonly LockedMeeting[];
}

export interface Assignment {
  meetingId: string;
  slotId: string;
  table: string;
  locked: boolean;
}

export interface SchedulingStats {
  /** Meetings given a slot and a table. */
  placed: number;
  /** Sum of the priorities of the placed meetings. */
  placedWeight: number;
  /** Distinct slots that hold at least one meeting. */
  slotsUsed: number;
  /** max(Δ, ⌈m/T⌉): no schedule of all meetings uses fewer slots. */
  lowerBound: number;
  /** Empty slots between two meetings of one firm in one session, summed over firms. */
  idleGaps: number;
  /** Which method produced the result. */
  method: 'edge-colouring' | 'heuristic';
}

export interface SchedulingResult {
  /** In slot order, then table order. */
  assignments: Assignment[];
  /** Meeting ids that could not be placed, highest priority first. */
  unplaced: string[];
  stats: SchedulingStats;
}

export type SchedulingInputErrorCode =
  | 'duplicate_meeting'
  | 'duplicate_slot'
  | 'duplicate_table'
  | 'same_side'
  | 'unknown_meeting'
  | 'unknown_slot'
  | 'unknown_table'
  | 'lock_conflict';

/** The input itself is contradictory (not merely hard to schedule). */
export class SchedulingInputError extends Error {
  constructor(
    readonly code: SchedulingInputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SchedulingInputError';
  }
}
