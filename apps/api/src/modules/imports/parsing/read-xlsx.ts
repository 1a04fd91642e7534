import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { FileProblem } from './file-format';
import { isBlankRow, type Cell, type Table, type TableRow } from './table';

type CellValue = ExcelJS.CellValue;

/**
 * Reads the first worksheet of an XLSX with exceljs' streaming reader, so that a 50 MB workbook is
 * never held as a whole object model. `maxRows` stops after that many rows (the header check).
 */
export async function readXlsx(buffer: Buffer, maxRows?: number): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const records: TableRow[] = [];
  let worksheets = 0;
  try {
    for await (const worksheet of reader) {
      worksheets += 1;
      for await (const row of worksheet) {
        records.push({ number: row.number, cells: rowCells(row) });
        if (maxRows !== undefined && records.length >= maxRows) {
          break;
        }
      }
      break; // the member list is the first worksheet
    }
  } catch (error) {
    if (error instanceof FileProblem) {
      throw error;
    }
    throw new FileProblem(`The XLSX file cannot be read: ${(error as Error).message}`);
  }
  if (worksheets === 0) {
    throw new FileProblem(
      'The file is a ZIP archive but not an Excel workbook: upload an .xlsx or a CSV',
    );
  }
  const dataRows = records.filter((row) => !isBlankRow(row.cells));
  const [header, ...rows] = dataRows;
  if (!header) {
    throw new FileProblem('The first worksheet has no header row');
  }
  return { header: header.cells.map((cell) => (typeof cell === 'string' ? cell : '')), rows };
}

function rowCells(row: ExcelJS.Row): Cell[] {
  const cells: Cell[] = [];
  // row.values is 1-based (index 0 is empty) and sparse where cells are blank.
  const values = row.values as CellValue[];
  for (let column = 1; column < values.length; column += 1) {
    cells.push(toCell(values[column]));
  }
  return cells;
}

function toCell(value: CellValue | undefined): Cell {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return { formula: `=${formula}` };
  }
  if ('richText' in value) {
    return value.richText.map((part) => part.text).join('');
  }
  if ('hyperlink' in value) {
    return typeof value.text === 'string' ? value.text : value.hyperlink;
  }
  if ('error' in value) {
    return { formula: String(value.error) };
  }
  return '';
}
