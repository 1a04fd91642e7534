/**
 * A spreadsheet cell as the row reader sees it: text, or a formula (refused: the chamber imports
 * values, and a formula in a member list is at best a mistake, at worst an injection attempt).
 */
export type Cell = string | { formula: string };

export interface TableRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  number: number;
  cells: Cell[];
}

export interface Table {
  header: string[];
  /** Data rows in file order, blank rows left out (their numbers are skipped). */
  rows: TableRow[];
}

export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((cell) => typeof cell === 'string' && cell.trim() === '');
}
