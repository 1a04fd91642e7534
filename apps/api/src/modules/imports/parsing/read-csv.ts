import { parse } from 'csv-parse/sync';
import { FileProblem } from './file-format';
import { isBlankRow, type Table } from './table';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Excel writes `;` instead of `,` where the decimal separator is a comma, so the delimiter is the
 * one the header line uses most (the header holds no lists, so no `;` of its own).
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best: string = DELIMITERS[0];
  let bestCount = -1;
  for (const delimiter of DELIMITERS) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** Parses CSV text; `maxRows` stops early (the upload reads only the header this way). */
export function readCsv(text: string, maxRows?: number): Table {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      bom: true,
      to_line: maxRows === undefined ? undefined : maxRows + 1,
    });
  } catch (error) {
    const { lines } = error as { lines?: number };
    throw new FileProblem(
      `The CSV cannot be read${lines ? ` near line ${lines}` : ''}: ${(error as Error).message.replace(/^Invalid /, 'invalid ')}`,
    );
  }
  // Blank lines stay in the numbering, so that row numbers are those a spreadsheet shows.
  const headerIndex = records.findIndex((record) => !isBlankRow(record));
  if (headerIndex < 0) {
    throw new FileProblem('The file has no header row');
  }
  const rows = records
    .map((cells, index) => ({ number: index + 1, cells }))
    .filter((row, index) => index > headerIndex && !isBlankRow(row.cells));
  return { header: records[headerIndex], rows };
}
