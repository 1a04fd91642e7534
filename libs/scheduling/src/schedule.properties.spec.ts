import fc from 'fast-check';

import { Board } from './board';
import { colourEdgesEquitably } from './edge-colouring';
import { firmGaps, reduceGaps, totalGaps } from './gaps';
import { buildProblem } from './problem';
import { Repair } from './repair';
import { greedySchedule, schedule } from './schedule';
import type { LockedMeeting, SchedulingInput, SchedulingResult } from './types';

// The mutation run (jest.mutation.config.js) sets PROPERTY_RUNS: it repeats the specs per mutant.
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 300 };

/** Meetings between two sides of small firm pools, so firms meet often and slots are tight. */
const meetingsArb = fc
  .record({
    sideA: fc.integer({ min: 1, max: 8 }),
    sideB: fc.integer({ min: 1, max: 8 }),
  })
  .chain(({ sideA, sideB }) =>
    fc.array(
      fc.record({
        a: fc.integer({ min: 0, max: sideA - 1 }),
        b: fc.integer({ min: 0, max: sideB - 1 }),
        priority: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 40 },
    ),
  )
  .map((pairs) =>
    pairs.map((pair, i) => ({
      id: `m${i}`,
      firmA: `a${pair.a}`,
      firmB: `b${pair.b}`,
      priority: pair.priority,
    })),
  );

const names = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`);

const unconstrainedArb: fc.Arbitrary<SchedulingInput> = fc
  .record({
    meetings: meetingsArb,
    tables: fc.integer({ min: 1, max: 6 }),
    extraSlots: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ meetings, tables, extraSlots }) => {
    const bound = expectedBound(meetings, tables);
    return {
      meetings,
      tables: names('T', tables),
      slots: names('s', bound + extraSlots).map((id, s) => ({ id, session: s < 6 ? 'am' : 'pm' })),
    };
  });

/** Any instance: too few slots, unavailable firms and locks taken from an earlier schedule. */
const constrainedArb: fc.Arbitrary<SchedulingInput> = fc
  .record({
    meetings: meetingsArb,
    tables: fc.integer({ min: 1, max: 6 }),
    slots: fc.integer({ min: 1, max: 12 }),
    blocked: fc.array(fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 11 })), {
      maxLength: 30,
    }),
    lockEvery: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ meetings, tables, slots, blocked, lockEvery }) => {
    const unavailable: Record<string, string[]> = {};
    for (const [firm, slot] of blocked) {
      if (slot < slots) {
        const id = firm < 8 ? `a${firm}` : `b${firm - 8}`;
        unavailable[id] = [...new Set([...(unavailable[id] ?? []), `s${slot}`])];
      }
    }
    const base: SchedulingInput = {
      meetings,
      tables: names('T', tables),
      slots: names('s', slots).map((id) => ({ id })),
      unavailable,
    };
    // Locks come from a valid schedule of the same instance, as when staff lock and re-run.
    const earlier = greedySchedule(base);
    const locked: LockedMeeting[] =
      lockEvery === 0
        ? []
        : earlier.assignments
            .filter((_, i) => i % lockEvery === 0)
            .map(({ meetingId, slotId, table }) => ({ meetingId, slotId, table }));
    return { ...base, locked };
  });

function expectedBound(meetings: SchedulingInput['meetings'], tables: number): number {
  const degree = new Map<string, number>();
  for (const meeting of meetings) {
    for (const firm of [meeting.firmA, meeting.firmB]) {
      degree.set(firm, (degree.get(firm) ?? 0) + 1);
    }
  }
  return Math.max(0, ...degree.values(), Math.ceil(meetings.length / tables));
}

/** Checks the schedule from the outside, against the input alone. */
function assertValid(input: SchedulingInput, result: SchedulingResult): void {
  const meetings = new Map(input.meetings.map((meeting) => [meeting.id, meeting]));
  const slots = new Set(input.slots.map((slot) => slot.id));
  const tables = new Set(input.tables);
  const firmSlot = new Set<string>();
  const tableSlot = new Set<string>();
  const seen = new Set<string>();
  const locked = new Set((input.locked ?? []).map((lock) => lock.meetingId));
  for (const assignment of result.assignments) {
    const meeting = meetings.get(assignment.meetingId);
    expect(meeting).toBeDefined();
    expect(slots.has(assignment.slotId)).toBe(true);
    expect(tables.has(assignment.table)).toBe(true);
    expect(seen.has(assignment.meetingId)).toBe(false);
    seen.add(assignment.meetingId);
    const tableKey = `${assignment.slotId}|${assignment.table}`;
    expect(tableSlot.has(tableKey)).toBe(false);
    tableSlot.add(tableKey);
    for (const firm of [meeting?.firmA, meeting?.firmB]) {
      const key = `${firm}|${assignment.slotId}`;
      expect(firmSlot.has(key)).toBe(false);
      firmSlot.add(key);
      // Only staff's locks may override a firm's unavailability.
      if (!locked.has(assignment.meetingId)) {
        expect(input.unavailable?.[firm ?? '']?.includes(assignment.slotId) ?? false).toBe(false);
      }
    }
  }
  expect(seen.size + result.unplaced.length).toBe(input.meetings.length);
  expect(result.unplaced.every((id) => !seen.has(id))).toBe(true);
}

/**
 * The idle gaps of a schedule, counted from the outside: for each firm and session, the empty
 * slots between its first and its last meeting.
 */
function idleGapsOf(input: SchedulingInput, result: SchedulingResult): number {
  const slotIndex = new Map(input.slots.map((slot, index) => [slot.id, index]));
  const meetings = new Map(input.meetings.map((meeting) => [meeting.id, meeting]));
  const spans = new Map<string, number[]>();
  for (const assignment of result.assignments) {
    const meeting = meetings.get(assignment.meetingId);
    const s = slotIndex.get(assignment.slotId) ?? -1;
    const session = input.slots[s]?.session ?? '';
    for (const firm of [meeting?.firmA, meeting?.firmB]) {
      const key = `${firm}|${session}`;
      spans.set(key, [...(spans.get(key) ?? []), s]);
    }
  }
  let gaps = 0;
  for (const slots of spans.values()) {
    gaps += Math.max(...slots) - Math.min(...slots) + 1 - slots.length;
  }
  return gaps;
}

/** What the stats must say, recounted from the assignments and the input. */
function expectHonestStats(input: SchedulingInput, result: SchedulingResult): void {
  const priority = new Map(input.meetings.map((meeting) => [meeting.id, meeting.priority ?? 1]));
  expect(result.stats.placed).toBe(result.assignments.length);
  expect(result.stats.placedWeight).toBe(
    result.assignments.reduce(
      (sum, assignment) => sum + (priority.get(assignment.meetingId) ?? 0),
      0,
    ),
  );
  expect(result.stats.slotsUsed).toBe(new Set(result.assignments.map((a) => a.slotId)).size);
  expect(result.stats.idleGaps).toBe(idleGapsOf(input, result));
  expect(result.stats.lowerBound).toBe(
    input.meetings.length === 0 ? 0 : expectedBound(input.meetings, input.tables.length),
  );
}

/** First fit in input order, straight on a board (the scheduler's own first fit is private). */
function firstFitBoard(input: SchedulingInput): Board {
  const board = Board.withLocks(buildProblem(input));
  for (let e = 0; e < board.slotOf.length; e++) {
    for (let s = 0; s < board.slotCount && board.slotOf[e] === -1; s++) {
      if (board.canPlace(e, s)) {
        board.place(e, s);
      }
    }
  }
  board.commit();
  return board;
}

describe('idle gaps', () => {
  it('are reported as the assignments hold them, with the other stats', () => {
    fc.assert(
      fc.property(fc.oneof(unconstrainedArb, constrainedArb), (input) => {
        expectHonestStats(input, schedule(input));
        expectHonestStats(input, greedySchedule(input));
      }),
      RUNS,
    );
  });

  it('only shrink when meetings move: same meetings, no new slot, no firm or table twice', () => {
    fc.assert(
      fc.property(fc.oneof(unconstrainedArb, constrainedArb), (input) => {
        const board = firstFitBoard(input);
        const before = totalGaps(board);
        const placed = [...board.slotOf].map((s) => s !== -1);
        const usedBefore = new Set([...board.slotOf].filter((s) => s !== -1));
        const lockedSlots = [...board.slotOf].filter((_, e) => board.isLocked(e));
        reduceGaps(board);
        const after = totalGaps(board);
        expect(after).toBeLessThanOrEqual(before);
        expect([...board.slotOf].map((s) => s !== -1)).toEqual(placed);
        expect([...board.slotOf].filter((s) => !usedBefore.has(s) && s !== -1)).toEqual([]);
        expect([...board.slotOf].filter((_, e) => board.isLocked(e))).toEqual(lockedSlots);
        const { firmA, firmB, firmCount, tables } = board.problem;
        const perFirm = new Set<string>();
        const perSlot = new Map<number, number>();
        board.slotOf.forEach((s, e) => {
          if (s === -1) {
            return;
          }
          for (const firm of [firmA[e], firmB[e]]) {
            expect(perFirm.has(`${firm}|${s}`)).toBe(false);
            perFirm.add(`${firm}|${s}`);
            expect(board.busy[firm * board.slotCount + s]).toBe(e);
          }
          perSlot.set(s, (perSlot.get(s) ?? 0) + 1);
        });
        perSlot.forEach((count, s) => {
          expect(count).toBeLessThanOrEqual(tables.length);
          expect(board.load[s]).toBe(count);
        });
        let summed = 0;
        for (let firm = 0; firm < firmCount; firm++) {
          summed += firmGaps(board, firm);
        }
        expect(summed).toBe(after);
      }),
      RUNS,
    );
  });

  it('closes the gap of a firm by moving its first meeting next to its second', () => {
    const input: SchedulingInput = {
      meetings: [
        { id: 'first', firmA: 'a0', firmB: 'b0' },
        { id: 'busy', firmA: 'a3', firmB: 'b2' },
        { id: 'second', firmA: 'a0', firmB: 'b2' },
      ],
      slots: ['s0', 's1', 's2'].map((id) => ({ id, session: 'am' })),
      tables: ['T1', 'T2'],
      locked: [{ meetingId: 'busy', slotId: 's1', table: 'T1' }],
    };
    // First fit: first in s0; b2 is busy in s1, so second goes to s2 and a0 waits through s1.
    const board = firstFitBoard(input);
    expect([...board.slotOf]).toEqual([0, 1, 2]);
    expect(totalGaps(board)).toBe(1);
    reduceGaps(board);
    // first moves to s1 (used, a0 and b0 free there): a0 meets in s1 and s2, no wait.
    expect([...board.slotOf]).toEqual([1, 1, 2]);
    expect(totalGaps(board)).toBe(0);
    // A wait across sessions is no idle gap: lunch is not wasted time.
    const split = firstFitBoard({
      ...input,
      slots: [
        { id: 's0', session: 'am' },
        { id: 's1', session: 'pm' },
        { id: 's2', session: 'pm' },
      ],
    });
    expect(totalGaps(split)).toBe(0);
  });
});

describe('repair', () => {
  it('places a meeting first fit leaves out, by moving a placed one, and unplaces nobody', () => {
    // Two slots, Δ = 2: first fit gives a0–b0 and a1–b1 slot 0, a2–b0 slot 1, and then a2–b1
    // finds a2 busy in slot 1 and b1 in slot 0. Moving a1–b1 to slot 1 frees slot 0 for it.
    const input: SchedulingInput = {
      meetings: [
        { id: 'e1', firmA: 'a0', firmB: 'b0' },
        { id: 'e2', firmA: 'a1', firmB: 'b1' },
        { id: 'e3', firmA: 'a2', firmB: 'b0' },
        { id: 'e4', firmA: 'a2', firmB: 'b1', priority: 2 },
      ],
      slots: [{ id: 's0' }, { id: 's1' }],
      tables: ['T1', 'T2', 'T3'],
    };
    const board = firstFitBoard(input);
    expect([...board.slotOf]).toEqual([0, 0, 1, -1]);
    new Repair(board).run();
    expect(board.placedCount()).toBe(4);
    expect(board.slotOf[1]).toBe(1);
    expect(board.slotOf[3]).toBe(0);
  });

  it('never places fewer meetings, nor less priority, than the board it starts from, nor breaks a rule', () => {
    fc.assert(
      fc.property(constrainedArb, (input) => {
        const board = firstFitBoard(input);
        const before = { count: board.placedCount(), weight: board.placedWeight() };
        const lockedSlots = [...board.slotOf].filter((_, e) => board.isLocked(e));
        new Repair(board).run();
        // Chains never unplace anyone; a swap trades a meeting for a more important one.
        expect(board.placedCount()).toBeGreaterThanOrEqual(before.count);
        expect(board.placedWeight()).toBeGreaterThanOrEqual(before.weight);
        expect([...board.slotOf].filter((_, e) => board.isLocked(e))).toEqual(lockedSlots);
        const { firmA, firmB, tables } = board.problem;
        const perSlot = new Map<number, number>();
        board.slotOf.forEach((s, e) => {
          if (s === -1) {
            return;
          }
          expect(board.available(e, s) || board.isLocked(e)).toBe(true);
          expect(board.busy[firmA[e] * board.slotCount + s]).toBe(e);
          expect(board.busy[firmB[e] * board.slotCount + s]).toBe(e);
          perSlot.set(s, (perSlot.get(s) ?? 0) + 1);
        });
        perSlot.forEach((count) => expect(count).toBeLessThanOrEqual(tables.length));
      }),
      RUNS,
    );
  });
});

describe('schedule properties', () => {
  it('never double-books a firm or a table, on any instance', () => {
    fc.assert(
      fc.property(constrainedArb, (input) => {
        assertValid(input, schedule(input));
      }),
      RUNS,
    );
  });

  it('keeps every locked meeting exactly where staff put it', () => {
    fc.assert(
      fc.property(constrainedArb, (input) => {
        const result = schedule(input);
        for (const lock of input.locked ?? []) {
          expect(result.assignments).toContainEqual({ ...lock, locked: true });
        }
      }),
      RUNS,
    );
  });

  it('uses exactly max(Δ, ⌈m/T⌉) slots and places everything when nothing is constrained', () => {
    fc.assert(
      fc.property(unconstrainedArb, (input) => {
        const result = schedule(input);
        assertValid(input, result);
        expect(result.unplaced).toEqual([]);
        const used = new Set(result.assignments.map((assignment) => assignment.slotId));
        expect(used.size).toBe(expectedBound(input.meetings, input.tables.length));
        expect(result.stats.slotsUsed).toBe(used.size);
      }),
      RUNS,
    );
  });

  it('never places fewer meetings, nor less priority, than first fit', () => {
    fc.assert(
      fc.property(constrainedArb, (input) => {
        const result = schedule(input);
        const greedy = greedySchedule(input);
        assertValid(input, greedy);
        expect(result.stats.placed).toBeGreaterThanOrEqual(greedy.stats.placed);
        expect(result.stats.placedWeight).toBeGreaterThanOrEqual(greedy.stats.placedWeight);
      }),
      RUNS,
    );
  });

  it('colours edges equitably: proper, within the cap, for any k ≥ Δ with k·cap ≥ m', () => {
    fc.assert(
      fc.property(
        meetingsArb,
        fc.integer({ min: 1, max: 6 }),
        fc.nat(3),
        (meetings, cap, extra) => {
          const k = expectedBound(meetings, cap) + extra;
          const ids = new Map<string, number>();
          const vertex = (id: string) => ids.get(id) ?? ids.set(id, ids.size).get(id) ?? 0;
          const left = Int32Array.from(meetings, (meeting) => vertex(meeting.firmA));
          const right = Int32Array.from(meetings, (meeting) => vertex(meeting.firmB));
          const colour = colourEdgesEquitably({ vertexCount: ids.size, left, right }, k, cap);
          const seen = new Set<string>();
          const size = new Array<number>(k).fill(0);
          colour.forEach((c, e) => {
            expect(c).toBeGreaterThanOrEqual(0);
            expect(c).toBeLessThan(k);
            size[c]++;
            for (const v of [left[e], right[e]]) {
              expect(seen.has(`${v}|${c}`)).toBe(false);
              seen.add(`${v}|${c}`);
            }
          });
          expect(Math.max(0, ...size)).toBeLessThanOrEqual(cap);
        },
      ),
      RUNS,
    );
  });
});
