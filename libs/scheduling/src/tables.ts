import type { Board } from './board';

/**
 * Gives every placed meeting a table. Locked meetings keep theirs; a firm keeps the table of its
 * previous meeting in the same session where it is free (fewer walks across the hall), else the
 * lowest free table. Each slot holds at most as many meetings as tables, so one is always free.
 */
export function assignTables(board: Board): Int32Array {
  const { problem } = board;
  const { firmA, firmB, lockedTable, sessionOf, tables } = problem;
  const S = board.slotCount;
  const T = tables.length;
  const tableOf = new Int32Array(board.slotOf.length).fill(-1);
  const bySlot: number[][] = Array.from({ length: S }, () => []);
  board.slotOf.forEach((s, e) => {
    if (s !== -1) {
      bySlot[s].push(e);
    }
  });
  const taken = new Uint8Array(T);
  for (let s = 0; s < S; s++) {
    taken.fill(0);
    const open: number[] = [];
    for (const e of bySlot[s]) {
      if (lockedTable[e] !== -1) {
        tableOf[e] = lockedTable[e];
        taken[lockedTable[e]] = 1;
      } else {
        open.push(e);
      }
    }
    const previousTable = (firm: number): number => {
      if (s === 0 || sessionOf[s - 1] !== sessionOf[s]) {
        return -1;
      }
      const before = board.busy[firm * S + s - 1];
      return before === -1 ? -1 : tableOf[before];
    };
    const rest: number[] = [];
    for (const e of open) {
      const wish = [previousTable(firmA[e]), previousTable(firmB[e])].find(
        (t) => t !== -1 && taken[t] === 0,
      );
      if (wish === undefined) {
        rest.push(e);
      } else {
        tableOf[e] = wish;
        taken[wish] = 1;
      }
    }
    let next = 0;
    for (const e of rest) {
      while (taken[next] === 1) {
        next++;
      }
      tableOf[e] = next;
      taken[next] = 1;
    }
  }
  return tableOf;
}
