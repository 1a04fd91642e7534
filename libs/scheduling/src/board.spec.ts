import { Board, byPriority } from './board';
import { buildProblem } from './problem';
import type { SchedulingInput } from './types';

// Firms are indexed in order of first appearance: a0 → 0, b0 → 1, b1 → 2, a1 → 3. Three slots,
// so firm f's slot s sits at f * 3 + s in `busy`.
const INPUT: SchedulingInput = {
  meetings: [
    { id: 'm0', firmA: 'a0', firmB: 'b0', priority: 2 },
    { id: 'm1', firmA: 'a0', firmB: 'b1', priority: 1 },
    { id: 'm2', firmA: 'a1', firmB: 'b1', priority: 3 },
    { id: 'm3', firmA: 'a1', firmB: 'b0' },
  ],
  slots: [{ id: 's0' }, { id: 's1' }, { id: 's2' }],
  tables: ['T1', 'T2'],
  unavailable: { b1: ['s2'], a1: ['s0'] },
};

const EMPTY_BUSY = new Array<number>(12).fill(-1);

/** The whole observable state, to compare before and after. */
const state = (board: Board) => ({
  slotOf: [...board.slotOf],
  busy: [...board.busy],
  load: [...board.load],
});

/** `busy` with the given (index → meeting) entries set. */
const busyWith = (entries: Record<number, number>) =>
  EMPTY_BUSY.map((free, i) => entries[i] ?? free);

describe('board', () => {
  const problem = buildProblem(INPUT);

  it('starts empty, with an empty journal', () => {
    const board = new Board(problem);
    expect(state(board)).toEqual({ slotOf: [-1, -1, -1, -1], busy: EMPTY_BUSY, load: [0, 0, 0] });
    expect(board.slotCount).toBe(3);
    expect(board.mark()).toBe(0);
    expect(board.placedCount()).toBe(0);
    expect(board.placedWeight()).toBe(0);
  });

  it('places a meeting: its slot, both firms busy there, one more table taken', () => {
    const board = new Board(problem);
    board.place(0, 1);
    expect(state(board)).toEqual({
      slotOf: [1, -1, -1, -1],
      busy: busyWith({ 1: 0, 4: 0 }),
      load: [0, 1, 0],
    });
    board.place(2, 1);
    expect(state(board)).toEqual({
      slotOf: [1, -1, 1, -1],
      busy: busyWith({ 1: 0, 4: 0, 7: 2, 10: 2 }),
      load: [0, 2, 0],
    });
    expect(board.meetingOf(0, 1)).toBe(0);
    expect(board.meetingOf(3, 1)).toBe(2);
    expect(board.meetingOf(3, 0)).toBe(-1);
    expect(board.mark()).toBe(2);
    expect(board.placedCount()).toBe(2);
    expect(board.placedWeight()).toBe(5);
  });

  it('removes a meeting: both firms free again and the table given back', () => {
    const board = new Board(problem);
    board.place(0, 1);
    board.place(2, 1);
    board.remove(0);
    expect(state(board)).toEqual({
      slotOf: [-1, -1, 1, -1],
      busy: busyWith({ 7: 2, 10: 2 }),
      load: [0, 1, 0],
    });
    expect(board.placedCount()).toBe(1);
    expect(board.placedWeight()).toBe(3);
  });

  it('knows who may meet when', () => {
    const board = new Board(problem);
    // a1 is away in s0, b1 in s2: each side's absence counts.
    expect([0, 1, 2].map((s) => board.available(1, s))).toEqual([true, true, false]);
    expect([0, 1, 2].map((s) => board.available(3, s))).toEqual([false, true, true]);
    expect([0, 1, 2].map((s) => board.available(0, s))).toEqual([true, true, true]);
    board.place(0, 1);
    // a0 (side A of m1) and b0 (side B of m3) are now busy in s1.
    expect(board.canPlace(1, 1)).toBe(false);
    expect(board.canPlace(3, 1)).toBe(false);
    expect(board.canPlace(1, 0)).toBe(true);
    expect(board.canPlace(1, 2)).toBe(false);
    expect(board.canPlace(3, 2)).toBe(true);
    board.place(1, 0);
    board.place(3, 2);
    // m2 (a1–b1) could meet in s1 where both are free and one table is left.
    expect(board.canPlace(2, 1)).toBe(true);
    board.place(2, 1);
    // Both tables of s1 taken: nobody else fits there, whoever is free.
    const full = new Board(buildProblem({ ...INPUT, unavailable: {} }));
    full.place(0, 0);
    full.place(2, 0);
    expect(full.load[0]).toBe(2);
    expect(full.canPlace(1, 0)).toBe(false);
  });

  it('rolls back exactly to a mark, through removals and placements', () => {
    const board = new Board(problem);
    board.place(0, 1);
    board.place(2, 1);
    board.commit();
    const before = state(board);
    const mark = board.mark();
    expect(mark).toBe(0);
    board.remove(0);
    board.place(0, 2);
    board.remove(2);
    board.place(3, 1);
    board.place(1, 0);
    expect(board.mark()).toBe(5);
    board.rollback(mark);
    expect(state(board)).toEqual(before);
    expect(board.mark()).toBe(0);
  });

  it('rolls back only what came after the mark', () => {
    const board = new Board(problem);
    board.place(0, 1);
    const mark = board.mark();
    board.place(2, 1);
    board.remove(0);
    board.rollback(mark);
    expect(state(board)).toEqual({
      slotOf: [1, -1, -1, -1],
      busy: busyWith({ 1: 0, 4: 0 }),
      load: [0, 1, 0],
    });
  });

  it('forgets the journal on commit: a later rollback keeps what was committed', () => {
    const board = new Board(problem);
    board.place(0, 1);
    board.commit();
    expect(board.mark()).toBe(0);
    board.rollback(0);
    expect(board.slotOf[0]).toBe(1);
    expect(board.load[1]).toBe(1);
  });

  it('starts from the locks, which a rollback cannot undo', () => {
    const locked = buildProblem({
      ...INPUT,
      locked: [{ meetingId: 'm2', slotId: 's1', table: 'T2' }],
    });
    const board = Board.withLocks(locked);
    expect(state(board)).toEqual({
      slotOf: [-1, -1, 1, -1],
      busy: busyWith({ 7: 2, 10: 2 }),
      load: [0, 1, 0],
    });
    expect([0, 1, 2, 3].map((e) => board.isLocked(e))).toEqual([false, false, true, false]);
    expect(board.mark()).toBe(0);
    board.rollback(0);
    expect(board.slotOf[2]).toBe(1);
  });

  it('copies into an independent board', () => {
    const board = new Board(problem);
    board.place(0, 1);
    const copy = board.copy();
    expect(state(copy)).toEqual(state(board));
    copy.remove(0);
    copy.place(2, 2);
    expect(state(board)).toEqual({
      slotOf: [1, -1, -1, -1],
      busy: busyWith({ 1: 0, 4: 0 }),
      load: [0, 1, 0],
    });
    expect(copy.placedCount()).toBe(1);
  });

  it.each([
    [
      [0, 1, 2, 3],
      [2, 0, 1, 3],
    ],
    [
      [3, 2, 1, 0],
      [2, 0, 1, 3],
    ],
    [
      [3, 1],
      [1, 3],
    ],
    [[], []],
  ])('orders meetings %j by priority, then input order: %j', (meetings, expected) => {
    expect(byPriority(problem, meetings)).toEqual(expected);
  });
});
