import { Board } from './board';
import { buildProblem } from './problem';
import { assignTables } from './tables';
import type { SchedulingInput } from './types';

/** A board with meeting i in slot placements[i] (-1: unplaced), locks first. */
function boardOf(input: SchedulingInput, placements: number[]): Board {
  const board = Board.withLocks(buildProblem(input));
  placements.forEach((s, e) => {
    if (s !== -1 && !board.isLocked(e)) {
      board.place(e, s);
    }
  });
  return board;
}

const meetings = (pairs: [string, string][]) =>
  pairs.map(([firmA, firmB], i) => ({ id: `m${i}`, firmA, firmB }));

describe('assignTables', () => {
  it('keeps a firm at its table within a session, honours locks, and starts afresh after a break', () => {
    const input: SchedulingInput = {
      meetings: meetings([
        ['a0', 'b0'], // m0 s0
        ['a1', 'b1'], // m1 s0
        ['a2', 'b1'], // m2 s1: b1 sat at T2 → T2
        ['a0', 'b2'], // m3 s1: a0 sat at T1, but the lock holds it → lowest free, T3
        ['a3', 'b3'], // m4 s1: new to the session → lowest free, T4
        ['a2', 'b0'], // m5 s2: after lunch a2's T2 is no reason → T1
        ['a0', 'b3'], // m6 s2: → T2
        ['a4', 'b4'], // m7 locked at s1 T1
        ['a5', 'b5'], // m8 unplaced
      ]),
      slots: [
        { id: 's0', session: 'am' },
        { id: 's1', session: 'am' },
        { id: 's2', session: 'pm' },
      ],
      tables: ['T1', 'T2', 'T3', 'T4'],
      locked: [{ meetingId: 'm7', slotId: 's1', table: 'T1' }],
    };
    const board = boardOf(input, [0, 0, 1, 1, 1, 2, 2, 1, -1]);
    expect([...assignTables(board)]).toEqual([0, 1, 1, 2, 3, 0, 1, 0, -1]);
  });

  it("prefers the visitor's previous table, then the host's", () => {
    const input: SchedulingInput = {
      meetings: meetings([
        ['a0', 'b0'], // s0 → T1
        ['a1', 'b1'], // s0 → T2
        ['a1', 'b0'], // s1: a1 had T2, b0 had T1 → T2
        ['a0', 'b1'], // s1: a0 had T1 (free) → T1
      ]),
      slots: [{ id: 's0' }, { id: 's1' }],
      tables: ['T1', 'T2'],
    };
    expect([...assignTables(boardOf(input, [0, 0, 1, 1]))]).toEqual([0, 1, 1, 0]);
  });

  it("falls back to the host's previous table when the visitor's is taken", () => {
    const input: SchedulingInput = {
      meetings: meetings([
        ['a0', 'b0'], // s0 → T1
        ['a1', 'b1'], // s0 → T2
        ['a2', 'b2'], // s0 → T3
        ['a3', 'b0'], // s1: b0 had T1 → T1
        ['a0', 'b2'], // s1: a0's T1 is taken, b2 had T3 → T3
      ]),
      slots: [{ id: 's0' }, { id: 's1' }],
      tables: ['T1', 'T2', 'T3'],
    };
    expect([...assignTables(boardOf(input, [0, 0, 0, 1, 1]))]).toEqual([0, 1, 2, 0, 2]);
  });

  it('looks only at the slot just before, not the one after nor two before', () => {
    const input: SchedulingInput = {
      meetings: meetings([
        ['a0', 'b0'], // s0 → T1
        ['a1', 'b1'], // s0 → T2
        ['a1', 'b2'], // s2: a1 met two slots before, not in s1 → lowest free T1
        ['a1', 'b3'], // s3: a1 had T1 in s2 → T1
        ['a2', 'b1'], // s1: b1 had T2 in s0 → T2 (and b1's s2 is empty)
      ]),
      slots: ['s0', 's1', 's2', 's3'].map((id) => ({ id, session: 'day' })),
      tables: ['T1', 'T2'],
    };
    expect([...assignTables(boardOf(input, [0, 0, 2, 3, 1]))]).toEqual([0, 1, 0, 0, 1]);
  });
});
