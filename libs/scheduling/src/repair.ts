import { byPriority, type Board } from './board';

/** Bounds the work of one repair run (node visits), so a hard instance still ends quickly. */
const DEFAULT_BUDGET = 4_000_000;

/**
 * Augmenting repair: places unplaced meetings by moving placed ones out of the way (chains of
 * at most `depth` moves), never unplacing anyone, then swaps a lower-priority meeting out for a
 * higher-priority one where no chain exists. Locked meetings never move.
 */
export class Repair {
  private budget: number;

  constructor(
    private readonly board: Board,
    budget = DEFAULT_BUDGET,
  ) {
    this.budget = budget;
  }

  run(depth = 2): void {
    const { board } = this;
    const unplaced = () =>
      byPriority(
        board.problem,
        [...board.slotOf.keys()].filter((e) => board.slotOf[e] === -1),
      );
    for (let round = 0; round < 3; round++) {
      let changed = false;
      for (const e of unplaced()) {
        if (this.insert(e, depth, -1)) {
          changed = true;
        }
        board.commit();
      }
      for (const e of unplaced()) {
        if (this.swapIn(e)) {
          changed = true;
        }
        board.commit();
      }
      if (!changed || this.budget <= 0) {
        return;
      }
    }
  }

  /** Places e, moving at most `depth` levels of other meetings; on failure nothing changed. */
  insert(e: number, depth: number, banned: number): boolean {
    const { board } = this;
    const { firmA, firmB, tables } = board.problem;
    const S = board.slotCount;
    for (let s = 0; s < S; s++) {
      if (s !== banned && board.canPlace(e, s)) {
        board.place(e, s);
        return true;
      }
    }
    if (depth === 0) {
      return false;
    }
    for (let s = 0; s < S; s++) {
      if (s === banned || !board.available(e, s) || --this.budget < 0) {
        continue;
      }
      const blockers = [...new Set([board.meetingOf(firmA[e], s), board.meetingOf(firmB[e], s)])];
      const firmBlockers = blockers.filter((f) => f !== -1);
      if (firmBlockers.some((f) => board.isLocked(f))) {
        continue;
      }
      const mark = board.mark();
      if (firmBlockers.length > 0) {
        firmBlockers.forEach((f) => board.remove(f));
        board.place(e, s);
        if (firmBlockers.every((f) => this.insert(f, depth - 1, s))) {
          return true;
        }
        board.rollback(mark);
      } else if (board.load[s] >= tables.length && banned === -1) {
        // Only the tables are full: move any one movable meeting of this slot elsewhere (first
        // level only: finding the slot's meetings scans them all).
        for (let f = 0; f < board.slotOf.length; f++) {
          if (board.slotOf[f] !== s || board.isLocked(f) || --this.budget < 0) {
            continue;
          }
          board.remove(f);
          board.place(e, s);
          if (this.insert(f, 0, s)) {
            return true;
          }
          board.rollback(mark);
        }
      }
    }
    return false;
  }

  /**
   * Where one lower-priority meeting alone stands in e's way, e takes its place and the other is
   * re-inserted if it can be: the count never drops and the weight rises.
   */
  private swapIn(e: number): boolean {
    const { board } = this;
    const { firmA, firmB, priority, tables } = board.problem;
    let best: { slot: number; victim: number } | null = null;
    for (let s = 0; s < board.slotCount; s++) {
      if (!board.available(e, s)) {
        continue;
      }
      const ea = board.meetingOf(firmA[e], s);
      const eb = board.meetingOf(firmB[e], s);
      let victim = -1;
      if (ea !== -1 && eb !== -1) {
        continue;
      } else if (ea !== -1 || eb !== -1) {
        victim = ea !== -1 ? ea : eb;
      } else if (board.load[s] >= tables.length) {
        victim = this.lowestIn(s);
      }
      if (victim === -1 || board.isLocked(victim) || priority[victim] >= priority[e]) {
        continue;
      }
      if (best === null || priority[victim] < priority[best.victim]) {
        best = { slot: s, victim };
      }
    }
    if (best === null) {
      return false;
    }
    board.remove(best.victim);
    board.place(e, best.slot);
    this.insert(best.victim, 1, best.slot);
    return true;
  }

  private lowestIn(s: number): number {
    const { board } = this;
    let lowest = -1;
    board.slotOf.forEach((slot, f) => {
      if (
        slot === s &&
        !board.isLocked(f) &&
        (lowest === -1 || board.problem.priority[f] < board.problem.priority[lowest])
      ) {
        lowest = f;
      }
    });
    return lowest;
  }
}
