import { Board } from './board';
import { reduceGaps, totalGaps } from './gaps';
import { buildProblem } from './problem';
import { Repair } from './repair';
import { greedySchedule, schedule } from './schedule';
import { lockSome, randomInstance, seededRandom } from './testing/instances';
import { RECORDED, type RecordedResult } from './testing/recorded-schedules';
import type { SchedulingInput, SchedulingResult } from './types';

// Whole results pinned on seeded instances (see testing/recorded-schedules.ts): the worked examples
// in the other specs explain single rules, these notice any change in how the rules combine.

function firstFit(input: SchedulingInput): Board {
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

const compact = (result: SchedulingResult): RecordedResult => ({
  assignments: result.assignments
    .map((a) => `${a.meetingId}@${a.slotId}/${a.table}${a.locked ? '*' : ''}`)
    .join(' '),
  unplaced: result.unplaced.join(' '),
  stats: result.stats,
});

/** No firm or table twice in a slot, nobody where they are away unless locked there. */
function expectValid(input: SchedulingInput, result: SchedulingResult): void {
  const meetings = new Map(input.meetings.map((meeting) => [meeting.id, meeting]));
  const taken = new Set<string>();
  for (const { meetingId, slotId, table, locked } of result.assignments) {
    const meeting = meetings.get(meetingId);
    for (const key of [
      `${meeting?.firmA}|${slotId}`,
      `${meeting?.firmB}|${slotId}`,
      `${table}|${slotId}`,
    ]) {
      expect(taken.has(key)).toBe(false);
      taken.add(key);
    }
    if (!locked) {
      for (const firm of [meeting?.firmA ?? '', meeting?.firmB ?? '']) {
        expect(input.unavailable?.[firm]?.includes(slotId) ?? false).toBe(false);
      }
    }
  }
  expect(result.assignments.length + result.unplaced.length).toBe(input.meetings.length);
}

describe.each(RECORDED)('recorded instance (seed $seed)', (recorded) => {
  const input = randomInstance(seededRandom(recorded.seed), recorded.options);

  it('first fit, then gap reduction, as recorded', () => {
    const board = firstFit(input);
    expect([...board.slotOf]).toEqual(recorded.firstFit.slots);
    expect(totalGaps(board)).toBe(recorded.firstFit.gaps);
    reduceGaps(board);
    expect([...board.slotOf]).toEqual(recorded.reduced.slots);
    expect(totalGaps(board)).toBe(recorded.reduced.gaps);
  });

  it('repair of first fit, as recorded', () => {
    const board = firstFit(input);
    new Repair(board).run();
    expect([...board.slotOf]).toEqual(recorded.repaired);
  });

  it('schedule and greedySchedule, as recorded', () => {
    const result = schedule(input);
    expectValid(input, result);
    expect(compact(result)).toEqual(recorded.schedule);
    const greedy = greedySchedule(input);
    expectValid(input, greedy);
    expect(compact(greedy)).toEqual(recorded.greedy);
  });

  it('schedule with every third first-fit assignment locked, as recorded', () => {
    const locked = lockSome(greedySchedule(input).assignments, (i) => i % 3 === 0);
    const result = schedule({ ...input, locked });
    expectValid({ ...input, locked }, result);
    expect(compact(result)).toEqual(recorded.withLocks);
  });
});
