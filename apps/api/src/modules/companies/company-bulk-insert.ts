import { randomUUID } from 'node:crypto';
import type { CompanyProfile, VerificationStatus } from '@jcc/contracts';
import type { CompanyReviewRecord } from './company-review';
import { COMPANIES_TABLE } from './company-sql';
import { toPgArrayLiteral } from './pg-array-literal';

/** A firm for the bulk writer: its profile and review state; missing times default to now(). */
export interface NewCompanyRow extends CompanyProfile {
  verification: VerificationStatus;
  verificationNote?: string | null;
  verifiedAt?: Date | null;
  lastReview?: CompanyReviewRecord | null;
  /** Demo data (the seed's firms, DemoFirms migration); false when left out. */
  isDemo?: boolean;
  createdAt?: Date;
  updatedAt?: Date;
}

/** Runs one statement: a pg Pool or Client, or TypeORM's EntityManager, behind a function. */
export type RunStatement = (text: string, values: unknown[]) => Promise<unknown>;

type CellValue = string | number | boolean | null;

interface Column {
  name: string;
  /** The element type sent to `unnest`; text[] columns travel as text literals, see below. */
  type: 'uuid' | 'text' | 'int' | 'timestamptz' | 'jsonb' | 'boolean';
  array?: true;
  /** Sent only when some firm sets it (else the table's default applies); null there: now(). */
  optional?: keyof NewCompanyRow;
  orElse?: string;
  value: (company: NewCompanyRow, id: string) => CellValue;
}

const list = (values: readonly string[]): string => toPgArrayLiteral(values);
const time = (date: Date | null | undefined): string | null => date?.toISOString() ?? null;

const COLUMNS: readonly Column[] = [
  { name: 'id', type: 'uuid', value: (_company, id) => id },
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
  {
    name: 'verification_note',
    type: 'text',
    optional: 'verificationNote',
    value: (company) => company.verificationNote ?? null,
  },
  {
    name: 'verified_at',
    type: 'timestamptz',
    optional: 'verifiedAt',
    value: (company) => time(company.verifiedAt),
  },
  {
    name: 'last_review',
    type: 'jsonb',
    optional: 'lastReview',
    value: (company) => (company.lastReview ? JSON.stringify(company.lastReview) : null),
  },
  {
    name: 'is_demo',
    type: 'boolean',
    optional: 'isDemo',
    orElse: 'false',
    value: (company) => company.isDemo ?? null,
  },
  {
    name: 'created_at',
    type: 'timestamptz',
    optional: 'createdAt',
    orElse: 'now()',
    value: (company) => time(company.createdAt),
  },
  {
    name: 'updated_at',
    type: 'timestamptz',
    optional: 'updatedAt',
    orElse: 'now()',
    value: (company) => time(company.updatedAt),
  },
];

// One parameter per column, whatever the number of rows: unnest zips the column arrays back into
// rows. A text[] column arrives as one array literal per row and is cast back to text[] per row,
// because Postgres arrays are rectangular and a text[][] of ragged rows cannot be sent.
function insertSql(columns: readonly Column[]): string {
  const names = columns.map((column) => column.name).join(', ');
  const selected = columns.map((column) => {
    const value = column.array ? `${column.name}::text[]` : column.name;
    return column.orElse ? `coalesce(${value}, ${column.orElse})` : value;
  });
  const parameters = columns.map((column, i) => `$${i + 1}::${column.type}[]`);
  return `
  INSERT INTO ${COMPANIES_TABLE} (${names})
  SELECT ${selected.join(', ')}
  FROM unnest(${parameters.join(', ')}) AS t(${names})`;
}

/**
 * The one bulk writer of firms (imports, the seed): all of them in one statement, set-based
 * because tens of thousands of rows must go in within seconds. The rules a firm must satisfy are
 * the caller's to check first. Returns the new ids in the order given (they are made here, so no
 * reliance on the order of RETURNING is needed).
 */
export async function insertCompanyRows(
  run: RunStatement,
  companies: readonly NewCompanyRow[],
): Promise<string[]> {
  if (companies.length === 0) {
    return [];
  }
  const ids = companies.map(() => randomUUID());
  const used = COLUMNS.filter(
    ({ optional }) =>
      optional === undefined || companies.some((company) => company[optional] !== undefined),
  );
  const values: CellValue[][] = used.map(() => new Array<CellValue>(companies.length));
  companies.forEach((company, row) => {
    used.forEach((column, i) => {
      values[i][row] = column.value(company, ids[row]);
    });
  });
  await run(insertSql(used), values);
  return ids;
}
