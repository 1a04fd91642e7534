import { decodeText, type TextEncoding } from './decode-text';
import type { FileFormat } from './file-format';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { Table } from './table';

/** The whole table, or with `maxRows` only its first rows (enough to check the header). */
export async function readTable(
  file: Buffer,
  format: FileFormat,
  encoding: TextEncoding,
  maxRows?: number,
): Promise<Table> {
  return format === 'xlsx' ? readXlsx(file, maxRows) : readCsv(decodeText(file, encoding), maxRows);
}
