import type { Board } from './board';

/** Empty slots between two meetings of `firm` inside one session. */
export function firmGaps(board: Board, firm: number): number {
  const S = board.slotCount;
  const { sessionOf } = board.problem;
  let gaps = 0;
  let last = -1;
  for (let s = 0; s < S; s++) {
    if (board.busy[firm * S + s] === -1) {
      continue;
    }
    if (last !== -1 && sessionOf[last] === sessionOf[s]) {
      gaps += s - last - 1;
    }
    last = s;
  }
  return gaps;
}

export function totalGaps(board: Board): number {
  let gaps = 0;
  for (let f = 0; f < board.problem.firmCount; f++) {
    gaps += firmGaps(board, f);
  }
  return gaps;
}

/** Per session of one firm: first and last busy slot and the number of meetings. */
class Spans {
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly count: Int32Array;
  total = 0;

  /** Buffers are reused for every firm: allocating per meeting kept the collector busy. */
  constructor(private readonly board: Board) {
    const { sessionCount } = board.problem;
    this.first = new Int32Array(sessionCount);
    this.last = new Int32Array(sessionCount);
    this.count = new Int32Array(sessionCount);
  }

  load(firm: number): this {
    const { board } = this;
    const { sessionOf, sessionCount } = board.problem;
    const S = board.slotCount;
    this.first.fill(-1);
    this.last.fill(-1);
    this.count.fill(0);
    this.total = 0;
    for (let s = 0; s < S; s++) {
      if (board.busy[firm * S + s] !== -1) {
        const q = sessionOf[s];
        if (this.first[q] === -1) {
          this.first[q] = s;
        }
        this.last[q] = s;
        this.count[q]++;
      }
    }
    for (let q = 0; q < sessionCount; q++) {
      this.total += this.gapsOf(q, this.first[q], this.last[q], this.count[q]);
    }
    return this;
  }

  private gapsOf(q: number, first: number, last: number, count: number): number {
    return count === 0 ? 0 : last - first + 1 - count;
  }

  /** The firm's gaps if it also met in slot s of session q. */
  withSlot(s: number, q: number): number {
    const count = this.count[q];
    const first = count === 0 ? s : Math.min(this.first[q], s);
    const last = count === 0 ? s : Math.max(this.last[q], s);
    const current = this.gapsOf(q, this.first[q], this.last[q], count);
    return this.total - current + this.gapsOf(q, first, last, count + 1);
  }
}

/**
 * Local improvement: moves one unlocked meeting at a time to another slot already in use when
 * that lowers the idle gaps of its two firms. Only used slots are targets, so the number of
 * slots used never grows.
 */
export function reduceGaps(board: Board, maxPasses = 6): void {
  const { firmA, firmB, sessionOf } = board.problem;
  const S = board.slotCount;
  const bufferA = new Spans(board);
  const bufferB = new Spans(board);
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let e = 0; e < board.slotOf.length; e++) {
      const from = board.slotOf[e];
      if (from === -1 || board.isLocked(e)) {
        continue;
      }
      board.remove(e);
      const spansA = bufferA.load(firmA[e]);
      const spansB = bufferB.load(firmB[e]);
      const gapsAt = (s: number) =>
        spansA.withSlot(s, sessionOf[s]) + spansB.withSlot(s, sessionOf[s]);
      let bestSlot = from;
      let bestGaps = gapsAt(from);
      for (let s = 0; s < S && bestGaps > 0; s++) {
        if (s === from || board.load[s] === 0 || !board.canPlace(e, s)) {
          continue;
        }
        const gaps = gapsAt(s);
        if (gaps < bestGaps) {
          bestGaps = gaps;
          bestSlot = s;
        }
      }
      board.place(e, bestSlot);
      board.commit();
      improved ||= bestSlot !== from;
    }
    if (!improved) {
      return;
    }
  }
}
