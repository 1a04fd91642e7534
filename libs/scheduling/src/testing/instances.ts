import type { LockedMeeting, MeetingInput, SchedulingInput } from '../types';

/** A small deterministic generator (mulberry32), so benchmarks and examples repeat exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomInstanceOptions {
  sideA: number;
  sideB: number;
  meetings: number;
  tables: number;
  /** Slots in the programme; defaults to the lower bound's worth plus a margin. */
  slots: number;
  /** Share of (firm, slot) pairs that are unavailable. */
  unavailableShare?: number;
  /** Share of placed meetings to lock, taken from a given schedule. */
  maxPriority?: number;
}

export function randomMeetings(
  random: () => number,
  sideA: number,
  sideB: number,
  count: number,
  maxPriority = 1,
): MeetingInput[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    firmA: `a${Math.floor(random() * sideA)}`,
    firmB: `b${Math.floor(random() * sideB)}`,
    priority: 1 + Math.floor(random() * maxPriority),
  }));
}

export function randomInstance(
  random: () => number,
  options: RandomInstanceOptions,
): SchedulingInput {
  const meetings = randomMeetings(
    random,
    options.sideA,
    options.sideB,
    options.meetings,
    options.maxPriority,
  );
  const slots = Array.from({ length: options.slots }, (_, s) => ({
    id: `s${s}`,
    session: s < options.slots / 2 ? 'day1' : 'day2',
  }));
  const tables = Array.from({ length: options.tables }, (_, t) => `T${t + 1}`);
  const unavailable: Record<string, string[]> = {};
  const share = options.unavailableShare ?? 0;
  if (share > 0) {
    const firms = [
      ...Array.from({ length: options.sideA }, (_, i) => `a${i}`),
      ...Array.from({ length: options.sideB }, (_, i) => `b${i}`),
    ];
    for (const firm of firms) {
      const blocked = slots.filter(() => random() < share).map((slot) => slot.id);
      if (blocked.length > 0) {
        unavailable[firm] = blocked;
      }
    }
  }
  return { meetings, slots, tables, unavailable };
}

/** Locks some assignments of a previous result, as staff would before a re-run. */
export function lockSome(
  assignments: readonly { meetingId: string; slotId: string; table: string }[],
  pick: (index: number) => boolean,
): LockedMeeting[] {
  return assignments
    .filter((_, i) => pick(i))
    .map(({ meetingId, slotId, table }) => ({ meetingId, slotId, table }));
}
