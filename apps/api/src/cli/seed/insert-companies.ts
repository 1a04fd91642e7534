import type { Pool } from 'pg';

import { toPgArrayLiteral } from './pg-array-literal';
import type { SeedCompany } from './seed-company';

/** A pg Pool or Client: all the insert needs is `query`. */
export interface Queryable {
  query: Pool['query'];
}

type CellValue = string | number | boolean | null;

interface Column {
  name: string;
  /** The element type sent to `unnest`; text[] columns travel as text literals, see below. */
  type: 'text' | 'int' | 'timestamptz' | 'boolean';
  array?: true;
  value: (company: SeedCompany) => CellValue;
}

const list = (values: readonly string[]): string => toPgArrayLiteral(values);
const time = (date: Date | null): string | null => date?.toISOString() ?? null;

const COLUMNS: readonly Column[] = [
  { name: 'name', type: 'text', value: (company) => company.name },
  { name: 'country', type: 'text', value: (company) => company.country },
  { name: 'city', type: 'text', value: (company) => company.city },
  { name: 'registration_number', type: 'text', value: (company) => company.registrationNumber },
  { name: 'sectors', type: 'text', array: true, value: (company) => list(company.sectors) },
  { name: 'offers_hs', type: 'text', array: true, value: (company) => list(company.offersHs) },
  { name: 'seeks_hs', type: 'text', array: true, value: (company) => list(company.seeksHs) },
  {
    name: 'partnership_types',
    type: 'text',
    array: true,
    value: (company) => list(company.partnershipTypes),
  },
  { name: 'jv_sectors', type: 'text', array: true, value: (company) => list(company.jvSectors) },
  { name: 'size_band', type: 'text', value: (company) => company.sizeBand },
  { name: 'founded_year', type: 'int', value: (company) => company.foundedYear },
  { name: 'languages', type: 'text', array: true, value: (company) => list(company.languages) },
  { name: 'website', type: 'text', value: (company) => company.website },
  { name: 'description', type: 'text', value: (company) => company.description },
  {
    name: 'certifications',
    type: 'text',
    array: true,
    value: (company) => list(company.certifications),
  },
  { name: 'verification', type: 'text', value: (company) => company.verification },
  // Every generated firm is demo data (DemoFirms migration).
  { name: 'is_demo', type: 'boolean', value: () => true },
  { name: 'verification_note', type: 'text', value: (company) => company.verificationNote },
  { name: 'verified_at', type: 'timestamptz', value: (company) => time(company.verifiedAt) },
  { name: 'created_at', type: 'timestamptz', value: (company) => time(company.createdAt) },
  { name: 'updated_at', type: 'timestamptz', value: (company) => time(company.updatedAt) },
];

// One parameter per column, whatever the number of rows: unnest zips the column arrays back into
// rows. A text[] column arrives as one array literal per row and is cast back to text[] per row,
// because Postgres arrays are rectangular and a text[][] of ragged rows cannot be sent.
const COLUMN_NAMES = COLUMNS.map((column) => column.name).join(', ');
const SELECTED = COLUMNS.map((column) => (column.array ? `${column.name}::text[]` : column.name));
const PARAMETERS = COLUMNS.map((column, i) => `$${i + 1}::${column.type}[]`);
const INSERT_SQL = `
  INSERT INTO companies (${COLUMN_NAMES})
  SELECT ${SELECTED.join(', ')}
  FROM unnest(${PARAMETERS.join(', ')}) AS t(${COLUMN_NAMES})
  RETURNING id`;

/**
 * Inserts the firms in one statement and returns their ids in the order given (Postgres inserts
 * the rows of a plain `unnest` in order, and RETURNING reports them so).
 */
export async function insertCompanies(
  client: Queryable,
  companies: readonly SeedCompany[],
): Promise<string[]> {
  if (companies.length === 0) {
    return [];
  }
  const columns: CellValue[][] = COLUMNS.map(() => new Array<CellValue>(companies.length));
  companies.forEach((company, row) => {
    COLUMNS.forEach((column, i) => {
      columns[i][row] = column.value(company);
    });
  });
  const result = await client.query<{ id: string }>(INSERT_SQL, columns);
  return result.rows.map((row) => row.id);
}
