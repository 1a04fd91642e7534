import { IMPORT_COLUMNS, type ImportColumn } from '@jcc/contracts';
import { FileProblem } from './file-format';

/** "Registration number", "registration_number" and "RegistrationNumber" are one column. */
function headerKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_\-.()]+/g, '');
}

const ALIASES: Record<string, ImportColumn> = {
  company: 'name',
  companyname: 'name',
  firm: 'name',
  sector: 'sectors',
  ntn: 'registrationNumber',
  voen: 'registrationNumber',
  vöen: 'registrationNumber',
  registrationno: 'registrationNumber',
  size: 'sizeBand',
  language: 'languages',
  products: 'offersHs',
  email: 'contactEmail',
  phone: 'contactPhone',
  contact: 'contactName',
};

const BY_KEY = new Map<string, ImportColumn>([
  ...IMPORT_COLUMNS.map((column): [string, ImportColumn] => [headerKey(column.name), column.name]),
  ...Object.entries(ALIASES),
]);

const EXPECTED = IMPORT_COLUMNS.map((column) =>
  column.required ? `${column.name}*` : column.name,
).join(', ');

/**
 * Maps each header cell to its column (or null for an empty trailing cell). Missing required
 * columns, unknown columns and repeated columns are refused together, so that one upload tells
 * everything that is wrong with the header.
 */
export function mapHeader(header: readonly string[]): (ImportColumn | null)[] {
  const problems: string[] = [];
  const seen = new Set<ImportColumn>();
  const columns = header.map((text, index): ImportColumn | null => {
    if (text.trim() === '') {
      return null;
    }
    const column = BY_KEY.get(headerKey(text));
    if (!column) {
      problems.push(`Unknown column "${text.trim()}" (column ${index + 1})`);
      return null;
    }
    if (seen.has(column)) {
      problems.push(`Column ${column} appears twice (column ${index + 1} is "${text.trim()}")`);
      return null;
    }
    seen.add(column);
    return column;
  });
  const missing = IMPORT_COLUMNS.filter((column) => column.required && !seen.has(column.name));
  if (missing.length > 0) {
    problems.unshift(
      `Missing required column${missing.length > 1 ? 's' : ''}: ${missing.map((column) => column.name).join(', ')}`,
    );
  }
  if (problems.length > 0) {
    throw new FileProblem(
      ...problems,
      `The header row must name the columns (* required): ${EXPECTED}. GET /api/imports/template.csv has an example.`,
    );
  }
  return columns;
}
