import { greedySchedule, schedule } from './schedule';
import { SchedulingInputError, type SchedulingInput } from './types';

const slots = (count: number, session = 'day1') =>
  Array.from({ length: count }, (_, s) => ({ id: `s${s}`, session }));

describe('schedule', () => {
  it('reaches Δ slots where first fit needs more (a 3-regular bipartite instance)', () => {
    // K3,3 in an order that makes first fit open a fourth slot.
    const pairs = [
      ['a2', 'b0'],
      ['a0', 'b0'],
      ['a2', 'b1'],
      ['a0', 'b1'],
      ['a1', 'b2'],
      ['a0', 'b2'],
      ['a1', 'b1'],
      ['a2', 'b2'],
      ['a1', 'b0'],
    ];
    const input: SchedulingInput = {
      meetings: pairs.map(([firmA, firmB], i) => ({ id: `m${i}`, firmA, firmB })),
      slots: slots(6),
      tables: ['T1', 'T2', 'T3'],
    };
    expect(greedySchedule(input).stats.slotsUsed).toBeGreaterThan(3);
    const result = schedule(input);
    expect(result.stats).toMatchObject({ slotsUsed: 3, lowerBound: 3, placed: 9, idleGaps: 0 });
    expect(result.stats.method).toBe('edge-colouring');
  });

  it('places the higher-priority meeting when only one of two fits', () => {
    const result = schedule({
      meetings: [
        { id: 'low', firmA: 'a0', firmB: 'b0', priority: 1 },
        { id: 'high', firmA: 'a0', firmB: 'b1', priority: 5 },
      ],
      slots: slots(1),
      tables: ['T1'],
    });
    expect(result.assignments.map((assignment) => assignment.meetingId)).toEqual(['high']);
    expect(result.unplaced).toEqual(['low']);
  });

  it('moves a placed meeting to make room instead of leaving one out', () => {
    // First fit puts m0 into s0; b1 is away in s1, so m1 only fits s0 once m0 moves to s1.
    const result = schedule({
      meetings: [
        { id: 'm0', firmA: 'a0', firmB: 'b0' },
        { id: 'm1', firmA: 'a0', firmB: 'b1' },
      ],
      slots: slots(2),
      tables: ['T1'],
      unavailable: { b1: ['s1'] },
    });
    expect(result.unplaced).toEqual([]);
    expect(result.assignments).toEqual([
      { meetingId: 'm1', slotId: 's0', table: 'T1', locked: false },
      { meetingId: 'm0', slotId: 's1', table: 'T1', locked: false },
    ]);
  });

  it('keeps a firm at its table across consecutive slots', () => {
    const result = schedule({
      meetings: [
        { id: 'm0', firmA: 'a0', firmB: 'b0' },
        { id: 'm1', firmA: 'a1', firmB: 'b1' },
        { id: 'm2', firmA: 'a1', firmB: 'b0' },
        { id: 'm3', firmA: 'a0', firmB: 'b1' },
      ],
      slots: slots(2),
      tables: ['T1', 'T2'],
      locked: [{ meetingId: 'm1', slotId: 's0', table: 'T1' }],
    });
    const tableOf = new Map(result.assignments.map((a) => [a.meetingId, a.table]));
    expect(tableOf.get('m1')).toBe('T1');
    // a1 sat at T1 in s0, so its next meeting (m2) stays at T1.
    expect(tableOf.get('m2')).toBe('T1');
  });

  const emptyStats = { placed: 0, placedWeight: 0, slotsUsed: 0, idleGaps: 0, method: 'heuristic' };
  it.each<[string, SchedulingInput, number]>([
    ['no meetings', { meetings: [], slots: slots(2), tables: ['T1'] }, 0],
    [
      'no tables',
      {
        meetings: [
          { id: 'm0', firmA: 'a0', firmB: 'b0' },
          { id: 'm1', firmA: 'a1', firmB: 'b1', priority: 2 },
        ],
        slots: slots(2),
        tables: [],
      },
      0,
    ],
    [
      'no slots',
      {
        meetings: [
          { id: 'm0', firmA: 'a0', firmB: 'b0' },
          { id: 'm1', firmA: 'a1', firmB: 'b1', priority: 2 },
        ],
        slots: [],
        tables: ['T1'],
      },
      2,
    ],
  ])('places nothing, and says so, with %s', (_case, input, lowerBound) => {
    const unplaced = input.meetings.length === 0 ? [] : ['m1', 'm0'];
    for (const result of [schedule(input), greedySchedule(input)]) {
      expect(result).toEqual({ assignments: [], unplaced, stats: { ...emptyStats, lowerBound } });
    }
  });

  it('lists the unplaced by priority, then input order, and counts only placed weight', () => {
    const input: SchedulingInput = {
      meetings: [1, 3, 1, 2].map((priority, i) => ({
        id: `m${i}`,
        firmA: 'a0',
        firmB: `b${i}`,
        priority,
      })),
      slots: slots(1),
      tables: ['T1'],
    };
    for (const result of [schedule(input), greedySchedule(input)]) {
      expect(result.assignments).toEqual([
        { meetingId: 'm1', slotId: 's0', table: 'T1', locked: false },
      ]);
      expect(result.unplaced).toEqual(['m3', 'm0', 'm2']);
      expect(result.stats).toEqual({
        placed: 1,
        placedWeight: 3,
        slotsUsed: 1,
        lowerBound: 4,
        idleGaps: 0,
        method: 'heuristic',
      });
    }
  });

  it('colours when Δ slots are exactly there, and lists assignments by slot, then table', () => {
    const input: SchedulingInput = {
      meetings: [
        { id: 'm0', firmA: 'a0', firmB: 'b0' },
        { id: 'm1', firmA: 'a1', firmB: 'b1' },
        { id: 'm2', firmA: 'a0', firmB: 'b1' },
        { id: 'm3', firmA: 'a1', firmB: 'b0' },
      ],
      slots: slots(2),
      tables: ['T1', 'T2'],
    };
    const result = schedule(input);
    expect(result.stats).toEqual({
      placed: 4,
      placedWeight: 4,
      slotsUsed: 2,
      lowerBound: 2,
      idleGaps: 0,
      method: 'edge-colouring',
    });
    expect(result.assignments.map((a) => `${a.slotId}/${a.table}`)).toEqual([
      's0/T1',
      's0/T2',
      's1/T1',
      's1/T2',
    ]);
  });

  it.each([
    [
      'same_side',
      { meetings: [{ id: 'm', firmA: 'x', firmB: 'x' }], slots: slots(1), tables: ['T'] },
    ],
    [
      'duplicate_meeting',
      {
        meetings: [
          { id: 'm', firmA: 'a', firmB: 'b' },
          { id: 'm', firmA: 'a', firmB: 'c' },
        ],
        slots: slots(1),
        tables: ['T'],
      },
    ],
    [
      'lock_conflict',
      {
        meetings: [
          { id: 'm0', firmA: 'a', firmB: 'b' },
          { id: 'm1', firmA: 'a', firmB: 'c' },
        ],
        slots: slots(1),
        tables: ['T1', 'T2'],
        locked: [
          { meetingId: 'm0', slotId: 's0', table: 'T1' },
          { meetingId: 'm1', slotId: 's0', table: 'T2' },
        ],
      },
    ],
    [
      'unknown_table',
      {
        meetings: [{ id: 'm0', firmA: 'a', firmB: 'b' }],
        slots: slots(1),
        tables: ['T1'],
        locked: [{ meetingId: 'm0', slotId: 's0', table: 'T9' }],
      },
    ],
  ] as const)('rejects contradictory input: %s', (code, input) => {
    expect(() => schedule(input)).toThrow(SchedulingInputError);
    try {
      schedule(input);
    } catch (error) {
      expect((error as SchedulingInputError).code).toBe(code);
    }
  });
});
