/**
 * A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK…, +cmd|…,
 * -2+3, @SUM…, and a leading tab or carriage return hides them). OWASP's advice: prefix such a
 * cell with a single quote, which makes it text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCsvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(escapeCsvCell).join(',')}\r\n`;
}
