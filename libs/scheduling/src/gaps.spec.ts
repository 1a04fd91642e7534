import { Board } from './board';
import { firmGaps, reduceGaps, totalGaps } from './gaps';
import { buildProblem } from './problem';
import type { SchedulingInput } from './types';

/** A board with meeting i in slot placements[i] (-1: unplaced), locks first. */
function boardOf(input: SchedulingInput, placements: number[]): Board {
  const board = Board.withLocks(buildProblem(input));
  placements.forEach((s, e) => {
    if (s !== -1 && !board.isLocked(e)) {
      board.place(e, s);
    }
  });
  board.commit();
  return board;
}

const meetings = (pairs: [string, string][]) =>
  pairs.map(([firmA, firmB], i) => ({ id: `m${i}`, firmA, firmB }));
const day = (count: number) =>
  Array.from({ length: count }, (_, s) => ({ id: `s${s}`, session: 'day' }));

describe('firmGaps and totalGaps', () => {
  it('count the empty slots between meetings of one session, per firm', () => {
    // Firms: a0 → 0, b0 → 1, b1 → 2, b2 → 3, b3 → 4, a1 → 5, a2 → 6.
    const input: SchedulingInput = {
      meetings: meetings([
        ['a0', 'b0'], // s0
        ['a0', 'b1'], // s2
        ['a0', 'b2'], // s3
        ['a0', 'b3'], // s6
        ['a1', 'b0'], // s6
        ['a2', 'b1'], // s0
      ]),
      slots: ['am', 'am', 'am', 'pm', 'pm', 'pm', 'pm'].map((session, s) => ({
        id: `s${s}`,
        session,
      })),
      tables: ['T1', 'T2'],
    };
    const board = boardOf(input, [0, 2, 3, 6, 6, 0]);
    // a0: s0 · s2 in the morning (1), s3 · · s6 in the afternoon (2); the break is no gap.
    // b0: s0 and s6 are in different sessions (0); b1: s0 · s2 (1).
    expect([0, 1, 2, 3, 4, 5, 6].map((firm) => firmGaps(board, firm))).toEqual([
      3, 0, 1, 0, 0, 0, 0,
    ]);
    expect(totalGaps(board)).toBe(4);
    expect(totalGaps(new Board(board.problem))).toBe(0);
  });
});

describe('reduceGaps', () => {
  it('moves a meeting into a used slot next to the firm’s other meeting', () => {
    const input: SchedulingInput = {
      meetings: meetings([
        ['a0', 'b0'],
        ['a0', 'b1'],
        ['a1', 'b2'],
      ]),
      slots: day(3),
      tables: ['T1', 'T2'],
    };
    const board = boardOf(input, [0, 2, 1]);
    expect(totalGaps(board)).toBe(1);
    reduceGaps(board);
    // m0 is first in line: s1 (used by m2, a0 and b0 free) closes the gap.
    expect([...board.slotOf]).toEqual([1, 2, 1]);
    expect(totalGaps(board)).toBe(0);
    expect([...board.load]).toEqual([0, 2, 1]);
    expect(board.mark()).toBe(0);
  });

  it('leaves a locked meeting where it is and moves the other one', () => {
    const input: SchedulingInput = {
      meetings: meetings([
        ['a0', 'b0'],
        ['a0', 'b1'],
        ['a1', 'b2'],
      ]),
      slots: day(3),
      tables: ['T1', 'T2'],
      locked: [{ meetingId: 'm0', slotId: 's0', table: 'T1' }],
    };
    const board = boardOf(input, [0, 2, 1]);
    reduceGaps(board);
    expect([...board.slotOf]).toEqual([0, 1, 1]);
    expect(totalGaps(board)).toBe(0);
  });

  it('never opens an empty slot, even to close a gap', () => {
    const input: SchedulingInput = {
      meetings: meetings([
        ['a0', 'b0'],
        ['a0', 'b1'],
      ]),
      slots: day(3),
      tables: ['T1', 'T2'],
    };
    const board = boardOf(input, [0, 2]);
    reduceGaps(board);
    expect([...board.slotOf]).toEqual([0, 2]);
    expect(totalGaps(board)).toBe(1);
  });

  it('does nothing with no passes, one pass does part, the default passes finish', () => {
    // Recorded from the scheduler: a first-fit board whose gaps take two passes to close.
    const input: SchedulingInput = {
      meetings: meetings([
        ['a0', 'b0'],
        ['a0', 'b4'],
        ['a1', 'b1'],
        ['a0', 'b4'],
        ['a1', 'b2'],
        ['a1', 'b1'],
        ['a1', 'b2'],
        ['a0', 'b0'],
        ['a1', 'b0'],
        ['a0', 'b0'],
      ]),
      slots: ['am', 'am', 'am', 'am', 'pm', 'pm', 'pm'].map((session, s) => ({
        id: `s${s}`,
        session,
      })),
      tables: ['T0', 'T1'],
      unavailable: { a0: ['s1'] },
    };
    const start = [0, 2, 0, 3, 1, 2, 3, 4, 5, 6];
    const none = boardOf(input, start);
    reduceGaps(none, 0);
    expect([...none.slotOf]).toEqual(start);
    expect(totalGaps(none)).toBe(4);
    const one = boardOf(input, start);
    reduceGaps(one, 1);
    expect([...one.slotOf]).toEqual([0, 2, 4, 5, 6, 2, 3, 4, 5, 6]);
    expect(totalGaps(one)).toBe(1);
    const all = boardOf(input, start);
    reduceGaps(all);
    expect([...all.slotOf]).toEqual([3, 2, 4, 5, 6, 2, 3, 4, 5, 6]);
    expect(totalGaps(all)).toBe(0);
  });
});
