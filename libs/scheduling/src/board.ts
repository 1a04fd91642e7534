import type { Problem } from './problem';

interface Move {
  meeting: number;
  from: number;
  to: number;
}

/**
 * A partial schedule: the slot of each meeting, who is busy when, and how full each slot is.
 * Every change is journalled, so a failed chain of moves rolls back exactly.
 */
export class Board {
  readonly slotOf: Int32Array;
  /** The meeting of firm f in slot s (at f * slotCount + s), or -1. */
  readonly busy: Int32Array;
  /** Meetings per slot (each needs a table). */
  readonly load: Int32Array;
  private readonly journal: Move[] = [];

  constructor(readonly problem: Problem) {
    this.slotOf = new Int32Array(problem.meetingIds.length).fill(-1);
    this.busy = new Int32Array(problem.firmCount * problem.slotIds.length).fill(-1);
    this.load = new Int32Array(problem.slotIds.length);
  }

  /** A board with every locked meeting in its slot. */
  static withLocks(problem: Problem): Board {
    const board = new Board(problem);
    problem.lockedSlot.forEach((s, e) => {
      if (s !== -1) {
        board.place(e, s);
      }
    });
    board.journal.length = 0;
    return board;
  }

  get slotCount(): number {
    return this.problem.slotIds.length;
  }

  isLocked(e: number): boolean {
    return this.problem.lockedSlot[e] !== -1;
  }

  available(e: number, s: number): boolean {
    const { unavailable, firmA, firmB } = this.problem;
    const S = this.slotCount;
    return unavailable[firmA[e] * S + s] === 0 && unavailable[firmB[e] * S + s] === 0;
  }

  meetingOf(firm: number, s: number): number {
    return this.busy[firm * this.slotCount + s];
  }

  canPlace(e: number, s: number): boolean {
    const { firmA, firmB, tables } = this.problem;
    return (
      this.load[s] < tables.length &&
      this.available(e, s) &&
      this.meetingOf(firmA[e], s) === -1 &&
      this.meetingOf(firmB[e], s) === -1
    );
  }

  place(e: number, s: number): void {
    const { firmA, firmB } = this.problem;
    const S = this.slotCount;
    this.slotOf[e] = s;
    this.busy[firmA[e] * S + s] = e;
    this.busy[firmB[e] * S + s] = e;
    this.load[s]++;
    this.journal.push({ meeting: e, from: -1, to: s });
  }

  remove(e: number): void {
    const { firmA, firmB } = this.problem;
    const S = this.slotCount;
    const s = this.slotOf[e];
    this.slotOf[e] = -1;
    this.busy[firmA[e] * S + s] = -1;
    this.busy[firmB[e] * S + s] = -1;
    this.load[s]--;
    this.journal.push({ meeting: e, from: s, to: -1 });
  }

  mark(): number {
    return this.journal.length;
  }

  /** Undo every change made since `mark`. */
  rollback(mark: number): void {
    while (this.journal.length > mark) {
      const move = this.journal.pop() as Move;
      const { firmA, firmB } = this.problem;
      const S = this.slotCount;
      const e = move.meeting;
      if (move.to !== -1) {
        this.busy[firmA[e] * S + move.to] = -1;
        this.busy[firmB[e] * S + move.to] = -1;
        this.load[move.to]--;
      }
      if (move.from !== -1) {
        this.busy[firmA[e] * S + move.from] = e;
        this.busy[firmB[e] * S + move.from] = e;
        this.load[move.from]++;
      }
      this.slotOf[e] = move.from;
    }
  }

  /** Forget the journal once a state is final (keeps memory flat over long repairs). */
  commit(): void {
    this.journal.length = 0;
  }

  placedCount(): number {
    return this.slotOf.reduce((count, s) => count + (s === -1 ? 0 : 1), 0);
  }

  placedWeight(): number {
    let weight = 0;
    this.slotOf.forEach((s, e) => {
      if (s !== -1) {
        weight += this.problem.priority[e];
      }
    });
    return weight;
  }

  copy(): Board {
    const board = new Board(this.problem);
    board.slotOf.set(this.slotOf);
    board.busy.set(this.busy);
    board.load.set(this.load);
    return board;
  }
}

/** Meetings by priority, highest first; input order breaks ties, so runs are deterministic. */
export function byPriority(problem: Problem, meetings: Iterable<number>): number[] {
  return [...meetings].sort((x, y) => problem.priority[y] - problem.priority[x] || x - y);
}
