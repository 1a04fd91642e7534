import { Board, byPriority } from './board';
import { colourEdgesEquitably } from './edge-colouring';
import { reduceGaps, totalGaps } from './gaps';
import { buildProblem, lowerBound, type Problem } from './problem';
import { Repair } from './repair';
import { assignTables } from './tables';
import type { Assignment, SchedulingInput, SchedulingResult, SchedulingStats } from './types';

/** First fit in priority order: each meeting takes the earliest slot where it fits. */
function fillGreedily(board: Board): void {
  const unplaced = [...board.slotOf.keys()].filter((e) => board.slotOf[e] === -1);
  for (const e of byPriority(board.problem, unplaced)) {
    for (let s = 0; s < board.slotCount; s++) {
      if (board.canPlace(e, s)) {
        board.place(e, s);
        break;
      }
    }
  }
  board.commit();
}

/**
 * Colours the meetings with `bound` colours (no firm twice per colour, at most T per colour) and
 * gives each colour class a slot: the classes fit the most meetings in first, by how many of
 * their meetings the slot's availability allows. Meetings that then do not fit stay unplaced.
 */
function fillByColouring(board: Board, bound: number): void {
  const { problem } = board;
  const m = problem.meetingIds.length;
  const colour = colourEdgesEquitably(
    { vertexCount: problem.firmCount, left: problem.firmA, right: problem.firmB },
    bound,
    problem.tables.length,
  );
  const S = board.slotCount;
  const fits: { colour: number; slot: number; count: number }[] = [];
  const classes: number[][] = Array.from({ length: bound }, () => []);
  for (let e = 0; e < m; e++) {
    if (!board.isLocked(e)) {
      classes[colour[e]].push(e);
    }
  }
  for (let c = 0; c < bound; c++) {
    for (let s = 0; s < S; s++) {
      const count = classes[c].filter((e) => board.canPlace(e, s)).length;
      fits.push({ colour: c, slot: s, count });
    }
  }
  // Prefer fuller fits, then earlier slots (compact days), then lower colours (determinism).
  fits.sort((x, y) => y.count - x.count || x.slot - y.slot || x.colour - y.colour);
  const colourDone = new Uint8Array(bound);
  const slotDone = new Uint8Array(S);
  for (const fit of fits) {
    if (colourDone[fit.colour] || slotDone[fit.slot]) {
      continue;
    }
    colourDone[fit.colour] = 1;
    slotDone[fit.slot] = 1;
    for (const e of classes[fit.colour]) {
      if (board.canPlace(e, fit.slot)) {
        board.place(e, fit.slot);
      }
    }
  }
  board.commit();
}

function better(x: Board, y: Board): boolean {
  const wx = x.placedWeight();
  const wy = y.placedWeight();
  return wx !== wy ? wx > wy : x.placedCount() > y.placedCount();
}

function toResult(board: Board, problem: Problem, method: SchedulingStats['method']) {
  const tableOf = assignTables(board);
  const assignments: (Assignment & { slot: number; tableIndex: number })[] = [];
  const unplaced: number[] = [];
  board.slotOf.forEach((s, e) => {
    if (s === -1) {
      unplaced.push(e);
      return;
    }
    assignments.push({
      meetingId: problem.meetingIds[e],
      slotId: problem.slotIds[s],
      table: problem.tables[tableOf[e]],
      locked: board.isLocked(e),
      slot: s,
      tableIndex: tableOf[e],
    });
  });
  assignments.sort((x, y) => x.slot - y.slot || x.tableIndex - y.tableIndex);
  const bound = lowerBound(problem);
  const result: SchedulingResult = {
    assignments: assignments.map(({ meetingId, slotId, table, locked }) => ({
      meetingId,
      slotId,
      table,
      locked,
    })),
    unplaced: byPriority(problem, unplaced).map((e) => problem.meetingIds[e]),
    stats: {
      placed: assignments.length,
      placedWeight: board.placedWeight(),
      slotsUsed: board.load.reduce((count, load) => count + (load > 0 ? 1 : 0), 0),
      lowerBound: Number.isFinite(bound) ? bound : 0,
      idleGaps: totalGaps(board),
      method,
    },
  };
  return result;
}

/**
 * The baseline every schedule must beat: locked meetings, then first fit in priority order.
 */
export function greedySchedule(input: SchedulingInput): SchedulingResult {
  const problem = buildProblem(input);
  const board = Board.withLocks(problem);
  fillGreedily(board);
  return toResult(board, problem, 'heuristic');
}

/**
 * Assigns each meeting a slot and a table: no firm twice in a slot, no table twice in a slot,
 * locked meetings where staff put them.
 *
 * - Without locks or unavailable slots and with enough slots, an equitable edge colouring places
 *   every meeting in exactly max(Δ, ⌈m/T⌉) slots — the least possible.
 * - Otherwise it keeps the better (by priority weight) of two repaired starts — first fit, and the
 *   colouring fitted to availability — never placing fewer meetings than first fit alone.
 * - Then it moves meetings between used slots to shorten the idle gaps of firms.
 */
export function schedule(input: SchedulingInput): SchedulingResult {
  const problem = buildProblem(input);
  const T = problem.tables.length;
  const S = problem.slotIds.length;
  const bound = lowerBound(problem);
  if (problem.meetingIds.length === 0 || T === 0 || S === 0) {
    return toResult(Board.withLocks(problem), problem, 'heuristic');
  }

  if (!problem.constrained && problem.lockCount === 0 && bound <= S) {
    const board = new Board(problem);
    fillByColouring(board, bound);
    reduceGaps(board);
    return toResult(board, problem, 'edge-colouring');
  }

  const greedy = Board.withLocks(problem);
  fillGreedily(greedy);
  const baselineCount = greedy.placedCount();
  new Repair(greedy).run();
  let best = greedy;

  const coloured = Board.withLocks(problem);
  fillByColouring(coloured, bound);
  new Repair(coloured).run();
  if (coloured.placedCount() >= baselineCount && better(coloured, best)) {
    best = coloured;
  }
  reduceGaps(best);
  return toResult(best, problem, 'heuristic');
}
