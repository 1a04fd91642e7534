import { buildProblem, lowerBound } from './problem';
import { SchedulingInputError, type SchedulingInput } from './types';

const meetings = (pairs: [string, string][]) =>
  pairs.map(([firmA, firmB], i) => ({ id: `m${i}`, firmA, firmB }));
const slots = (count: number) => Array.from({ length: count }, (_, s) => ({ id: `s${s}` }));

function inputError(input: SchedulingInput): { code: string; message: string; name: string } {
  try {
    buildProblem(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SchedulingInputError);
    const { code, message, name } = error as SchedulingInputError;
    return { code, message, name };
  }
  throw new Error('buildProblem accepted the input');
}

describe('buildProblem', () => {
  it('turns ids into dense indices, in order of first appearance', () => {
    const problem = buildProblem({
      meetings: [
        { id: 'x', firmA: 'a0', firmB: 'b0', priority: 4 },
        { id: 'y', firmA: 'a1', firmB: 'b0' },
        { id: 'z', firmA: 'a0', firmB: 'b1', priority: 0.5 },
      ],
      slots: [
        { id: 'p', session: 'am' },
        { id: 'q', session: 'am' },
        { id: 'r', session: 'pm' },
        { id: 's' },
        { id: 't', session: '' },
        { id: 'u', session: 'am' },
      ],
      tables: ['T1', 'T2'],
      unavailable: { b1: ['q', 'u'], a1: ['p'], nobody: ['r'] },
      locked: [{ meetingId: 'y', slotId: 'r', table: 'T2' }],
    });
    expect(problem.meetingIds).toEqual(['x', 'y', 'z']);
    // a0 → 0, b0 → 1, a1 → 2, b1 → 3
    expect([...problem.firmA]).toEqual([0, 2, 0]);
    expect([...problem.firmB]).toEqual([1, 1, 3]);
    expect([...problem.priority]).toEqual([4, 1, 0.5]);
    expect(problem.firmCount).toBe(4);
    expect(problem.slotIds).toEqual(['p', 'q', 'r', 's', 't', 'u']);
    // A slot without a session and one with an empty session share the unnamed session.
    expect([...problem.sessionOf]).toEqual([0, 0, 1, 2, 2, 0]);
    expect(problem.sessionCount).toBe(3);
    expect(problem.tables).toEqual(['T1', 'T2']);
    const away = (firm: number) => [...problem.unavailable.subarray(firm * 6, firm * 6 + 6)];
    expect(away(0)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(away(1)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(away(2)).toEqual([1, 0, 0, 0, 0, 0]);
    expect(away(3)).toEqual([0, 1, 0, 0, 0, 1]);
    expect(problem.unavailable.length).toBe(24);
    expect(problem.constrained).toBe(true);
    expect([...problem.lockedSlot]).toEqual([-1, 2, -1]);
    expect([...problem.lockedTable]).toEqual([-1, 1, -1]);
    expect(problem.lockCount).toBe(1);
  });

  it('is unconstrained when only firms without meetings are away', () => {
    const problem = buildProblem({
      meetings: meetings([['a', 'b']]),
      slots: slots(2),
      tables: ['T'],
      unavailable: { nobody: ['s0', 'nowhere'] },
    });
    expect(problem.constrained).toBe(false);
    expect([...problem.unavailable]).toEqual([0, 0, 0, 0]);
    expect([...problem.sessionOf]).toEqual([0, 0]);
    expect(problem.sessionCount).toBe(1);
    expect(problem.lockCount).toBe(0);
    expect([...problem.lockedSlot]).toEqual([-1]);
    expect([...problem.lockedTable]).toEqual([-1]);
  });

  it('is constrained by a single unavailable slot', () => {
    const problem = buildProblem({
      meetings: meetings([['a', 'b']]),
      slots: slots(2),
      tables: ['T'],
      unavailable: { a: [], b: ['s1'] },
    });
    expect(problem.constrained).toBe(true);
    expect([...problem.unavailable]).toEqual([0, 0, 0, 1]);
  });

  it('accepts locks on different tables, slots and firms', () => {
    const problem = buildProblem({
      meetings: meetings([
        ['a0', 'b0'],
        ['a1', 'b1'],
        ['a0', 'b1'],
      ]),
      slots: slots(2),
      tables: ['T1', 'T2'],
      locked: [
        { meetingId: 'm0', slotId: 's0', table: 'T1' },
        { meetingId: 'm1', slotId: 's0', table: 'T2' },
        { meetingId: 'm2', slotId: 's1', table: 'T1' },
      ],
    });
    expect([...problem.lockedSlot]).toEqual([0, 0, 1]);
    expect([...problem.lockedTable]).toEqual([0, 1, 0]);
    expect(problem.lockCount).toBe(3);
  });

  const twoMeetings = meetings([
    ['a0', 'b0'],
    ['a1', 'b1'],
  ]);
  it.each<[string, SchedulingInput, string, string]>([
    [
      'a slot twice',
      { meetings: twoMeetings, slots: [{ id: 's0' }, { id: 's0' }], tables: ['T'] },
      'duplicate_slot',
      '"s0" appears twice',
    ],
    [
      'a table twice',
      { meetings: twoMeetings, slots: slots(1), tables: ['T', 'U', 'T'] },
      'duplicate_table',
      '"T" appears twice',
    ],
    [
      'a meeting twice',
      {
        meetings: [...twoMeetings, { id: 'm0', firmA: 'a2', firmB: 'b2' }],
        slots: slots(1),
        tables: ['T'],
      },
      'duplicate_meeting',
      'meeting "m0" appears twice',
    ],
    [
      'a visitor later hosting',
      {
        meetings: meetings([
          ['a0', 'b0'],
          ['b0', 'b1'],
        ]),
        slots: slots(1),
        tables: ['T'],
      },
      'same_side',
      'firm "b0" appears on both sides',
    ],
    [
      'a host later visiting',
      {
        meetings: meetings([
          ['a0', 'b0'],
          ['a1', 'a0'],
        ]),
        slots: slots(1),
        tables: ['T'],
      },
      'same_side',
      'firm "a0" appears on both sides',
    ],
    [
      'an unknown unavailable slot',
      { meetings: twoMeetings, slots: slots(1), tables: ['T'], unavailable: { b1: ['s0', 's7'] } },
      'unknown_slot',
      'slot "s7" is not in the programme',
    ],
    [
      'a lock of an unknown meeting',
      {
        meetings: twoMeetings,
        slots: slots(1),
        tables: ['T'],
        locked: [{ meetingId: 'm9', slotId: 's0', table: 'T' }],
      },
      'unknown_meeting',
      'locked meeting "m9"',
    ],
    [
      'a lock in an unknown slot',
      {
        meetings: twoMeetings,
        slots: slots(1),
        tables: ['T'],
        locked: [{ meetingId: 'm0', slotId: 's9', table: 'T' }],
      },
      'unknown_slot',
      'slot "s9" is not in the programme',
    ],
    [
      'a lock at an unknown table',
      {
        meetings: twoMeetings,
        slots: slots(1),
        tables: ['T'],
        locked: [{ meetingId: 'm0', slotId: 's0', table: 'T9' }],
      },
      'unknown_table',
      'table "T9" is not in the venue',
    ],
    [
      'one meeting locked twice',
      {
        meetings: twoMeetings,
        slots: slots(2),
        tables: ['T1', 'T2'],
        locked: [
          { meetingId: 'm0', slotId: 's0', table: 'T1' },
          { meetingId: 'm0', slotId: 's1', table: 'T2' },
        ],
      },
      'lock_conflict',
      'locked meeting "m0" collides with another lock',
    ],
    [
      'two locks at one table',
      {
        meetings: twoMeetings,
        slots: slots(2),
        tables: ['T1', 'T2'],
        locked: [
          { meetingId: 'm0', slotId: 's1', table: 'T2' },
          { meetingId: 'm1', slotId: 's1', table: 'T2' },
        ],
      },
      'lock_conflict',
      'locked meeting "m1" collides with another lock',
    ],
    [
      'a host locked twice in one slot',
      {
        meetings: meetings([
          ['a0', 'b0'],
          ['a1', 'b0'],
        ]),
        slots: slots(2),
        tables: ['T1', 'T2'],
        locked: [
          { meetingId: 'm0', slotId: 's1', table: 'T1' },
          { meetingId: 'm1', slotId: 's1', table: 'T2' },
        ],
      },
      'lock_conflict',
      'locked meeting "m1" collides with another lock',
    ],
  ])('refuses %s', (_case, input, code, message) => {
    expect(inputError(input)).toEqual({ code, message, name: 'SchedulingInputError' });
  });
});

describe('lowerBound', () => {
  it.each<[string, [string, string][], number, number]>([
    ['no meetings', [], 3, 0],
    ['no meetings and no tables', [], 0, 0],
    [
      'the busiest firm (Δ = 3 > ⌈4/2⌉)',
      [
        ['a0', 'b0'],
        ['a0', 'b1'],
        ['a0', 'b2'],
        ['a1', 'b3'],
      ],
      2,
      3,
    ],
    [
      'the busiest host (Δ = 2 > ⌈3/3⌉)',
      [
        ['a0', 'b0'],
        ['a1', 'b0'],
        ['a2', 'b1'],
      ],
      3,
      2,
    ],
    [
      'the tables (⌈5/2⌉ = 3 > Δ = 1)',
      [
        ['a0', 'b0'],
        ['a1', 'b1'],
        ['a2', 'b2'],
        ['a3', 'b3'],
        ['a4', 'b4'],
      ],
      2,
      3,
    ],
    ['meetings without tables', [['a0', 'b0']], 0, Infinity],
  ])('%s', (_case, pairs, tables, bound) => {
    const problem = buildProblem({
      meetings: meetings(pairs),
      slots: slots(1),
      tables: Array.from({ length: tables }, (_, t) => `T${t}`),
    });
    expect(lowerBound(problem)).toBe(bound);
  });
});
