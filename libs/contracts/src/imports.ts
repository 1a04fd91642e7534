import type { FieldError } from './wire';

export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const IMPORT_ROW_OUTCOMES = ['created', 'matched', 'failed'] as const;
export type ImportRowOutcome = (typeof IMPORT_ROW_OUTCOMES)[number];

export const IMPORT_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxRows: 100_000,
  /** Rows written per transaction; progress moves by this much. */
  batchSize: 1000,
  /** The status answer lists at most this many failed rows; GET …/rows has them all. */
  failedListMax: 500,
} as const;

/**
 * The columns of a member list, as the header row names them (case, spaces, dashes and
 * underscores do not matter: "Registration number" is `registrationNumber`). Lists in a cell are
 * separated by `;`, `,` or `|`. Sectors may be given by code or by English name.
 */
export const IMPORT_COLUMNS = [
  { name: 'name', required: true },
  { name: 'country', required: true, note: 'PK or AZ (or Pakistan, Azerbaijan)' },
  { name: 'city', required: true },
  { name: 'sectors', required: true, note: '1–5 sector codes or names' },
  { name: 'partnershipTypes', required: true },
  { name: 'sizeBand', required: true, note: 'micro, small, medium or large' },
  { name: 'languages', required: true, note: 'ISO 639-1 codes' },
  { name: 'registrationNumber', required: false, note: 'PK: NTN 1234567-8; AZ: VÖEN, 10 digits' },
  { name: 'offersHs', required: false, note: 'HS chapters 01–97' },
  { name: 'seeksHs', required: false },
  { name: 'jvSectors', required: false },
  { name: 'foundedYear', required: false },
  { name: 'website', required: false },
  { name: 'description', required: false },
  { name: 'certifications', required: false },
  { name: 'contactName', required: false },
  { name: 'contactEmail', required: false },
  { name: 'contactPhone', required: false },
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['name'];

/** A data row that was not imported; `row` counts the header as row 1, as a spreadsheet does. */
export interface ImportFailure {
  row: number;
  errors: FieldError[];
}

export interface ImportStatusResponse {
  id: string;
  status: ImportStatus;
  dryRun: boolean;
  fileName: string;
  format: 'csv' | 'xlsx';
  progress: { done: number; total: number };
  /** Firms created (dry run: that would be created). */
  created: number;
  /** Rows that are firms already on the platform (left as they are). */
  matched: number;
  /** The first IMPORT_LIMITS.failedListMax failed rows, in file order. */
  failed: ImportFailure[];
  failedCount: number;
  /** Why the whole import failed (status `failed`), else null. */
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportRowResponse {
  row: number;
  outcome: ImportRowOutcome;
  name: string | null;
  companyId: string | null;
  matchedBy: 'registrationNumber' | 'nameAndCity' | null;
  errors: FieldError[];
}
