// Results recorded from the scheduler on seeded random instances (testing/instances.ts), used by
// recorded.spec.ts. Each row pins every choice of first fit, gap reduction, repair and the full
// scheduler, so the mutation run notices any change in them; the spec also checks each row
// against the scheduling rules, so a recording can only pin a valid schedule.
// Re-record (and review the difference) only when a change of the scheduler's choices is intended.
import type { RandomInstanceOptions } from './instances';
import type { SchedulingStats } from '../types';

export interface RecordedResult {
  /** "meeting@slot/table", a star when locked, in result order. */
  assignments: string;
  unplaced: string;
  stats: SchedulingStats;
}

export interface RecordedInstance {
  seed: number;
  options: RandomInstanceOptions;
  /** Slot per meeting after first fit in input order, and its idle gaps. */
  firstFit: { slots: number[]; gaps: number };
  /** The same board after reduceGaps. */
  reduced: { slots: number[]; gaps: number };
  /** The first-fit board after Repair.run. */
  repaired: number[];
  schedule: RecordedResult;
  greedy: RecordedResult;
  /** schedule() with every third assignment of greedySchedule() locked. */
  withLocks: RecordedResult;
}

export const RECORDED: RecordedInstance[] = [
  {
    seed: 1,
    options: {
      sideA: 3,
      sideB: 4,
      meetings: 12,
      tables: 2,
      slots: 8,
      unavailableShare: 0.15,
      maxPriority: 1,
    },
    firstFit: { slots: [0, 0, 2, 1, 2, 3, 4, 1, 5, 4, 5, 6], gaps: 1 },
    reduced: { slots: [0, 0, 2, 1, 2, 3, 4, 1, 5, 4, 5, 6], gaps: 1 },
    repaired: [0, 0, 2, 1, 2, 3, 4, 1, 5, 4, 5, 6],
    schedule: {
      assignments:
        'm0@s0/T1 m1@s0/T2 m7@s1/T1 m3@s1/T2 m4@s2/T1 m2@s2/T2 m5@s3/T1 m6@s4/T1 m9@s4/T2 m8@s5/T1 m10@s5/T2 m11@s6/T1',
      unplaced: '',
      stats: {
        placed: 12,
        placedWeight: 12,
        slotsUsed: 7,
        lowerBound: 6,
        idleGaps: 1,
        method: 'heuristic',
      },
    },
    greedy: {
      assignments:
        'm0@s0/T1 m1@s0/T2 m7@s1/T1 m3@s1/T2 m4@s2/T1 m2@s2/T2 m5@s3/T1 m6@s4/T1 m9@s4/T2 m8@s5/T1 m10@s5/T2 m11@s6/T1',
      unplaced: '',
      stats: {
        placed: 12,
        placedWeight: 12,
        slotsUsed: 7,
        lowerBound: 6,
        idleGaps: 1,
        method: 'heuristic',
      },
    },
    withLocks: {
      assignments:
        'm0@s0/T1* m1@s0/T2 m7@s1/T1 m3@s1/T2* m4@s2/T1 m2@s2/T2 m5@s3/T1* m6@s4/T1 m9@s4/T2 m8@s5/T1* m10@s5/T2 m11@s6/T1',
      unplaced: '',
      stats: {
        placed: 12,
        placedWeight: 12,
        slotsUsed: 7,
        lowerBound: 6,
        idleGaps: 1,
        method: 'heuristic',
      },
    },
  },
  {
    seed: 2,
    options: {
      sideA: 4,
      sideB: 3,
      meetings: 14,
      tables: 3,
      slots: 6,
      unavailableShare: 0.2,
      maxPriority: 3,
    },
    firstFit: { slots: [1, 0, 0, 2, 1, 4, 2, 5, -1, -1, 2, 4, 3, -1], gaps: 1 },
    reduced: { slots: [1, 0, 4, 2, 1, 4, 2, 5, -1, -1, 2, 4, 3, -1], gaps: 0 },
    repaired: [-1, 0, 0, 2, 1, 4, 2, 5, -1, -1, 2, 4, 3, 1],
    schedule: {
      assignments:
        'm1@s0/T1 m4@s1/T1 m6@s1/T2 m5@s2/T1 m13@s2/T2 m10@s2/T3 m12@s3/T1 m8@s4/T1 m0@s4/T2 m2@s4/T3 m7@s5/T1',
      unplaced: 'm3 m9 m11',
      stats: {
        placed: 11,
        placedWeight: 21,
        slotsUsed: 6,
        lowerBound: 7,
        idleGaps: 0,
        method: 'heuristic',
      },
    },
    greedy: {
      assignments:
        'm1@s0/T1 m2@s0/T2 m6@s1/T1 m4@s1/T2 m13@s2/T1 m5@s2/T2 m10@s2/T3 m12@s3/T1 m8@s4/T1 m0@s4/T2 m7@s5/T1',
      unplaced: 'm3 m9 m11',
      stats: {
        placed: 11,
        placedWeight: 21,
        slotsUsed: 6,
        lowerBound: 7,
        idleGaps: 1,
        method: 'heuristic',
      },
    },
    withLocks: {
      assignments:
        'm1@s0/T1* m6@s1/T1 m4@s1/T2* m13@s2/T1 m5@s2/T2 m10@s2/T3* m12@s3/T1 m8@s4/T1 m0@s4/T2* m2@s4/T3 m7@s5/T1',
      unplaced: 'm3 m9 m11',
      stats: {
        placed: 11,
        placedWeight: 21,
        slotsUsed: 6,
        lowerBound: 7,
        idleGaps: 0,
        method: 'heuristic',
      },
    },
  },
  {
    seed: 3,
    options: {
      sideA: 2,
      sideB: 5,
      meetings: 10,
      tables: 2,
      slots: 7,
      unavailableShare: 0,
      maxPriority: 2,
    },
    firstFit: { slots: [0, 0, 1, 2, 1, 3, 2, 4, 5, 6], gaps: 2 },
    reduced: { slots: [0, 3, 1, 2, 1, 3, 2, 4, 5, 6], gaps: 1 },
    repaired: [0, 0, 1, 2, 1, 3, 2, 4, 5, 6],
    schedule: {
      assignments:
        'm7@s0/T1 m8@s1/T1 m9@s2/T1 m6@s2/T2 m0@s3/T1 m1@s3/T2 m3@s4/T1 m2@s5/T1 m4@s5/T2 m5@s6/T2',
      unplaced: '',
      stats: {
        placed: 10,
        placedWeight: 15,
        slotsUsed: 7,
        lowerBound: 7,
        idleGaps: 1,
        method: 'edge-colouring',
      },
    },
    greedy: {
      assignments:
        'm4@s0/T1 m6@s0/T2 m5@s1/T1 m1@s1/T2 m8@s2/T1 m2@s2/T2 m9@s3/T1 m0@s4/T1 m3@s5/T1 m7@s6/T1',
      unplaced: '',
      stats: {
        placed: 10,
        placedWeight: 15,
        slotsUsed: 7,
        lowerBound: 7,
        idleGaps: 2,
        method: 'heuristic',
      },
    },
    withLocks: {
      assignments:
        'm4@s0/T1* m6@s0/T2 m5@s1/T1 m1@s1/T2* m8@s2/T1 m2@s2/T2 m9@s3/T1* m0@s4/T1 m3@s5/T1 m7@s6/T1*',
      unplaced: '',
      stats: {
        placed: 10,
        placedWeight: 15,
        slotsUsed: 7,
        lowerBound: 7,
        idleGaps: 2,
        method: 'heuristic',
      },
    },
  },
  {
    seed: 4,
    options: {
      sideA: 5,
      sideB: 5,
      meetings: 16,
      tables: 2,
      slots: 6,
      unavailableShare: 0.1,
      maxPriority: 3,
    },
    firstFit: { slots: [0, 1, 0, 1, 2, 4, 5, 2, 3, 5, 3, 4, -1, -1, -1, -1], gaps: 2 },
    reduced: { slots: [0, 1, 0, 1, 2, 4, 5, 2, 3, 5, 3, 4, -1, -1, -1, -1], gaps: 2 },
    repaired: [-1, -1, 0, 1, 2, 4, 5, 2, 3, 5, 3, 4, -1, 0, 1, -1],
    schedule: {
      assignments:
        'm6@s0/T1 m7@s0/T2 m5@s1/T1 m1@s1/T2 m10@s2/T1 m13@s2/T2 m8@s3/T1 m14@s3/T2 m3@s4/T1 m11@s4/T2 m4@s5/T1 m12@s5/T2',
      unplaced: 'm2 m0 m9 m15',
      stats: {
        placed: 12,
        placedWeight: 27,
        slotsUsed: 6,
        lowerBound: 8,
        idleGaps: 2,
        method: 'heuristic',
      },
    },
    greedy: {
      assignments:
        'm6@s0/T1 m7@s0/T2 m14@s1/T1 m10@s1/T2 m0@s2/T1 m3@s2/T2 m2@s3/T1 m8@s3/T2 m4@s4/T1 m9@s4/T2 m5@s5/T1 m15@s5/T2',
      unplaced: 'm1 m11 m13 m12',
      stats: {
        placed: 12,
        placedWeight: 25,
        slotsUsed: 6,
        lowerBound: 8,
        idleGaps: 2,
        method: 'heuristic',
      },
    },
    withLocks: {
      assignments:
        'm6@s0/T1* m1@s0/T2 m3@s1/T1 m10@s1/T2* m4@s2/T1 m7@s2/T2 m2@s3/T1* m12@s3/T2 m14@s4/T1 m9@s4/T2* m13@s5/T1 m8@s5/T2',
      unplaced: 'm5 m11 m0 m15',
      stats: {
        placed: 12,
        placedWeight: 26,
        slotsUsed: 6,
        lowerBound: 8,
        idleGaps: 2,
        method: 'heuristic',
      },
    },
  },
  {
    seed: 5,
    options: {
      sideA: 6,
      sideB: 5,
      meetings: 24,
      tables: 3,
      slots: 8,
      unavailableShare: 0.25,
      maxPriority: 4,
    },
    firstFit: {
      slots: [3, 0, 0, 2, 1, 0, 5, 6, 5, 2, 3, 7, 6, 5, 2, 6, 4, -1, -1, -1, 7, -1, 1, -1],
      gaps: 4,
    },
    reduced: {
      slots: [3, 0, 0, 2, 1, 0, 5, 6, 5, 2, 3, 7, 6, 5, 2, 6, 4, -1, -1, -1, 7, -1, 1, -1],
      gaps: 4,
    },
    repaired: [3, 0, 4, 2, 1, 0, 5, 6, 6, -1, 3, 7, 5, 0, 2, 6, 4, 2, -1, -1, 7, -1, 1, 5],
    schedule: {
      assignments:
        'm13@s0/T1 m15@s0/T2 m18@s0/T3 m22@s1/T1 m16@s1/T2 m9@s2/T1 m1@s2/T2 m20@s2/T3 m10@s3/T1 m3@s3/T3 m2@s4/T1 m14@s4/T2 m6@s5/T1 m23@s5/T2 m12@s5/T3 m17@s6/T1 m4@s6/T2 m5@s6/T3 m11@s7/T1 m7@s7/T2',
      unplaced: 'm8 m0 m19 m21',
      stats: {
        placed: 20,
        placedWeight: 55,
        slotsUsed: 8,
        lowerBound: 8,
        idleGaps: 7,
        method: 'heuristic',
      },
    },
    greedy: {
      assignments:
        'm2@s0/T1 m15@s0/T2 m18@s0/T3 m22@s1/T1 m16@s1/T2 m13@s2/T1 m1@s2/T2 m17@s2/T3 m10@s3/T1 m3@s3/T2 m14@s4/T1 m23@s5/T1 m6@s5/T2 m12@s5/T3 m4@s6/T1 m20@s6/T2 m5@s6/T3 m11@s7/T1 m7@s7/T2',
      unplaced: 'm8 m0 m9 m19 m21',
      stats: {
        placed: 19,
        placedWeight: 54,
        slotsUsed: 8,
        lowerBound: 8,
        idleGaps: 5,
        method: 'heuristic',
      },
    },
    withLocks: {
      assignments:
        'm2@s0/T1* m5@s0/T2 m10@s0/T3 m22@s1/T1* m16@s1/T2 m13@s2/T1 m1@s2/T2* m19@s2/T3 m11@s3/T1 m3@s3/T2* m14@s4/T1 m4@s5/T1 m6@s5/T2* m12@s5/T3 m15@s6/T1 m20@s6/T2* m18@s6/T3 m17@s7/T1 m7@s7/T2* m23@s7/T3',
      unplaced: 'm8 m0 m9 m21',
      stats: {
        placed: 20,
        placedWeight: 55,
        slotsUsed: 8,
        lowerBound: 8,
        idleGaps: 5,
        method: 'heuristic',
      },
    },
  },
  {
    seed: 6,
    options: {
      sideA: 4,
      sideB: 6,
      meetings: 20,
      tables: 2,
      slots: 9,
      unavailableShare: 0.05,
      maxPriority: 1,
    },
    firstFit: { slots: [0, 0, 1, 2, 3, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 6, 7, 8, -1, -1], gaps: 8 },
    reduced: { slots: [0, 0, 1, 2, 3, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 6, 7, 8, -1, -1], gaps: 8 },
    repaired: [0, 0, 1, 2, 3, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 6, 7, 8, -1, -1],
    schedule: {
      assignments:
        'm0@s0/T1 m1@s0/T2 m5@s1/T1 m2@s1/T2 m6@s2/T1 m3@s2/T2 m7@s3/T1 m4@s3/T2 m8@s4/T1 m10@s4/T2 m9@s5/T1 m11@s5/T2 m15@s6/T1 m12@s6/T2 m13@s7/T1 m16@s7/T2 m14@s8/T1 m17@s8/T2',
      unplaced: 'm18 m19',
      stats: {
        placed: 18,
        placedWeight: 18,
        slotsUsed: 9,
        lowerBound: 10,
        idleGaps: 8,
        method: 'heuristic',
      },
    },
    greedy: {
      assignments:
        'm0@s0/T1 m1@s0/T2 m5@s1/T1 m2@s1/T2 m6@s2/T1 m3@s2/T2 m7@s3/T1 m4@s3/T2 m8@s4/T1 m10@s4/T2 m9@s5/T1 m11@s5/T2 m15@s6/T1 m12@s6/T2 m13@s7/T1 m16@s7/T2 m14@s8/T1 m17@s8/T2',
      unplaced: 'm18 m19',
      stats: {
        placed: 18,
        placedWeight: 18,
        slotsUsed: 9,
        lowerBound: 10,
        idleGaps: 8,
        method: 'heuristic',
      },
    },
    withLocks: {
      assignments:
        'm0@s0/T1* m1@s0/T2 m5@s1/T1 m2@s1/T2* m6@s2/T1 m3@s2/T2 m7@s3/T1* m4@s3/T2 m8@s4/T1 m10@s4/T2* m9@s5/T1 m11@s5/T2 m15@s6/T1* m12@s6/T2 m13@s7/T1 m16@s7/T2* m14@s8/T1 m17@s8/T2',
      unplaced: 'm18 m19',
      stats: {
        placed: 18,
        placedWeight: 18,
        slotsUsed: 9,
        lowerBound: 10,
        idleGaps: 8,
        method: 'heuristic',
      },
    },
  },
  {
    seed: 7,
    options: {
      sideA: 5,
      sideB: 4,
      meetings: 18,
      tables: 4,
      slots: 6,
      unavailableShare: 0,
      maxPriority: 1,
    },
    firstFit: { slots: [0, 0, 1, 1, 2, 0, 1, 2, 2, 3, 3, 1, 4, 3, 3, 4, 4, 5], gaps: 2 },
    reduced: { slots: [0, 0, 1, 1, 2, 0, 4, 2, 2, 3, 3, 1, 4, 3, 1, 4, 4, 5], gaps: 0 },
    repaired: [0, 0, 1, 1, 2, 0, 1, 2, 2, 3, 3, 1, 4, 3, 3, 4, 4, 5],
    schedule: {
      assignments:
        'm10@s0/T1 m14@s0/T2 m17@s0/T3 m11@s1/T1 m0@s1/T2 m6@s1/T3 m3@s1/T4 m7@s2/T1 m13@s2/T3 m1@s2/T4 m2@s3/T1 m8@s3/T2 m16@s3/T3 m12@s4/T1 m15@s4/T2 m4@s4/T3 m5@s5/T2 m9@s5/T3',
      unplaced: '',
      stats: {
        placed: 18,
        placedWeight: 18,
        slotsUsed: 6,
        lowerBound: 6,
        idleGaps: 0,
        method: 'edge-colouring',
      },
    },
    greedy: {
      assignments:
        'm0@s0/T1 m1@s0/T2 m5@s0/T3 m2@s1/T1 m3@s1/T2 m6@s1/T3 m11@s1/T4 m8@s2/T1 m4@s2/T2 m7@s2/T4 m9@s3/T1 m10@s3/T2 m13@s3/T3 m14@s3/T4 m12@s4/T1 m15@s4/T2 m16@s4/T3 m17@s5/T1',
      unplaced: '',
      stats: {
        placed: 18,
        placedWeight: 18,
        slotsUsed: 6,
        lowerBound: 6,
        idleGaps: 2,
        method: 'heuristic',
      },
    },
    withLocks: {
      assignments:
        'm0@s0/T1* m1@s0/T2 m5@s0/T3 m2@s1/T1* m3@s1/T2 m14@s1/T3 m11@s1/T4* m4@s2/T2 m8@s2/T3 m7@s2/T4* m9@s3/T1 m10@s3/T2 m13@s3/T3* m12@s4/T1 m15@s4/T2* m6@s4/T3 m16@s4/T4 m17@s5/T3',
      unplaced: '',
      stats: {
        placed: 18,
        placedWeight: 18,
        slotsUsed: 6,
        lowerBound: 6,
        idleGaps: 0,
        method: 'heuristic',
      },
    },
  },
];
