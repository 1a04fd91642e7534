import { Board } from './board';
import { buildProblem } from './problem';
import { Repair } from './repair';
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

const slots = (count: number) => Array.from({ length: count }, (_, s) => ({ id: `s${s}` }));

describe('Repair', () => {
  // First fit gives a0–b0 and a1–b1 slot 0, a2–b0 slot 1; a2–b1 then finds a2 busy in slot 1
  // and b1 in slot 0. Equal priorities: only a chain (a1–b1 to slot 1) can place it.
  const chain: SchedulingInput = {
    meetings: [
      { id: 'e1', firmA: 'a0', firmB: 'b0' },
      { id: 'e2', firmA: 'a1', firmB: 'b1' },
      { id: 'e3', firmA: 'a2', firmB: 'b0' },
      { id: 'e4', firmA: 'a2', firmB: 'b1' },
    ],
    slots: slots(2),
    tables: ['T1', 'T2', 'T3'],
  };

  it('places a meeting through a chain of one move', () => {
    const board = boardOf(chain, [0, 0, 1, -1]);
    new Repair(board).run();
    expect([...board.slotOf]).toEqual([0, 1, 1, 0]);
    expect([...board.load]).toEqual([2, 2]);
    expect(board.mark()).toBe(0);
  });

  it('does not chain with depth 0 or without budget', () => {
    const shallow = boardOf(chain, [0, 0, 1, -1]);
    new Repair(shallow).run(0);
    expect([...shallow.slotOf]).toEqual([0, 0, 1, -1]);
    const broke = boardOf(chain, [0, 0, 1, -1]);
    new Repair(broke, 0).run();
    expect([...broke.slotOf]).toEqual([0, 0, 1, -1]);
  });

  it('chains around a locked meeting', () => {
    const board = boardOf(
      { ...chain, locked: [{ meetingId: 'e2', slotId: 's0', table: 'T2' }] },
      [0, 0, 1, -1],
    );
    new Repair(board).run();
    // b1 is held in s0, so e4 takes s1 from a2–b0, which takes s0 from a0–b0, which moves to
    // s1: a chain of two moves around the lock.
    expect([...board.slotOf]).toEqual([1, 0, 0, 1]);
  });

  it('frees a full slot by moving one of its meetings to another slot', () => {
    // One table: e0 sits in s0; e1's a1 is away in s1, so e0 must make way.
    const board = boardOf(
      {
        meetings: [
          { id: 'e0', firmA: 'a0', firmB: 'b0' },
          { id: 'e1', firmA: 'a1', firmB: 'b1' },
        ],
        slots: slots(2),
        tables: ['T1'],
        unavailable: { a1: ['s1'] },
      },
      [0, -1],
    );
    new Repair(board).run();
    expect([...board.slotOf]).toEqual([1, 0]);
  });

  it.each<
    [string, number[], { id: string; firmA: string; firmB: string; priority: number }[], number[]]
  >([
    [
      'swaps out the one meeting in the way when it matters less',
      [0, -1],
      [
        { id: 'low', firmA: 'a0', firmB: 'b0', priority: 1 },
        { id: 'high', firmA: 'a0', firmB: 'b1', priority: 5 },
      ],
      [-1, 0],
    ],
    [
      'swaps out the host’s meeting too',
      [0, -1],
      [
        { id: 'low', firmA: 'a0', firmB: 'b0', priority: 1 },
        { id: 'high', firmA: 'a1', firmB: 'b0', priority: 5 },
      ],
      [-1, 0],
    ],
    [
      'swaps nothing for an equal priority',
      [0, -1],
      [
        { id: 'first', firmA: 'a0', firmB: 'b0', priority: 3 },
        { id: 'second', firmA: 'a0', firmB: 'b1', priority: 3 },
      ],
      [0, -1],
    ],
    [
      'swaps out the least important meeting of a full slot',
      [0, 0, -1],
      [
        { id: 'mid', firmA: 'a0', firmB: 'b0', priority: 2 },
        { id: 'low', firmA: 'a1', firmB: 'b1', priority: 1 },
        { id: 'high', firmA: 'a2', firmB: 'b2', priority: 5 },
      ],
      [0, -1, 0],
    ],
    [
      'swaps nothing where both firms are taken',
      [0, 0, -1],
      [
        { id: 'x', firmA: 'a0', firmB: 'b0', priority: 1 },
        { id: 'y', firmA: 'a1', firmB: 'b1', priority: 1 },
        { id: 'z', firmA: 'a0', firmB: 'b1', priority: 5 },
      ],
      [0, 0, -1],
    ],
  ])('%s', (_case, placements, meetings, expected) => {
    const board = boardOf(
      {
        meetings,
        slots: slots(1),
        tables: ['T1', 'T2'].slice(0, placements.filter((s) => s !== -1).length),
      },
      placements,
    );
    new Repair(board).run();
    expect([...board.slotOf]).toEqual(expected);
  });

  it('moves whichever blocker has somewhere to go (the host’s meeting, to s2)', () => {
    // high (a0–b2) is blocked in s0 by mid (a0) and in s1 by low (b2); mid has nowhere else to
    // go (b0 is away in s1 and s2), low finds s2.
    const board = boardOf(
      {
        meetings: [
          { id: 'mid', firmA: 'a0', firmB: 'b0', priority: 2 },
          { id: 'low', firmA: 'a1', firmB: 'b2', priority: 1 },
          { id: 'high', firmA: 'a0', firmB: 'b2', priority: 5 },
        ],
        slots: slots(3),
        tables: ['T1'],
        unavailable: { a0: ['s2'], b0: ['s1', 's2'] },
      },
      [0, 1, -1],
    );
    new Repair(board).run();
    expect([...board.slotOf]).toEqual([0, 2, 1]);
  });

  it('keeps a locked meeting of a full slot, swapping out the other', () => {
    const board = boardOf(
      {
        meetings: [
          { id: 'mid', firmA: 'a0', firmB: 'b0', priority: 2 },
          { id: 'low', firmA: 'a1', firmB: 'b1', priority: 1 },
          { id: 'high', firmA: 'a2', firmB: 'b2', priority: 5 },
        ],
        slots: slots(1),
        tables: ['T1', 'T2'],
        locked: [{ meetingId: 'low', slotId: 's0', table: 'T2' }],
      },
      [0, 0, -1],
    );
    new Repair(board).run();
    expect([...board.slotOf]).toEqual([-1, 0, 0]);
  });
});
