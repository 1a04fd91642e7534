import { randomUUID } from 'node:crypto';
import type { Country, ImportStatusResponse } from '@jcc/contracts';
import type TestAgent from 'supertest/lib/agent';
import { bearer, uniqueRegistrationNumber } from './factories';

/** Helpers of the chamber-* specs: member lists to import, uploads, and waiting for jobs. */

export type MemberRow = Record<string, string>;

export const IMPORT_HEADER = [
  'name',
  'country',
  'city',
  'registrationNumber',
  'sectors',
  'partnershipTypes',
  'sizeBand',
  'languages',
  'offersHs',
  'contactName',
  'contactEmail',
  'contactPhone',
];

/** A valid row for a firm that exists nowhere yet (name and registration number are fresh). */
export function memberRow(country: Country, overrides: MemberRow = {}): MemberRow {
  const tag = randomUUID().slice(0, 8);
  return {
    name: country === 'PK' ? `Indus Looms ${tag}` : `Xəzər Tekstil ${tag}`,
    country,
    city: country === 'PK' ? 'Faisalabad' : 'Baku',
    registrationNumber: uniqueRegistrationNumber(country),
    sectors: country === 'PK' ? 'textiles; leather' : 'Textiles and home textiles',
    partnershipTypes: country === 'PK' ? 'export' : 'import; distribution',
    sizeBand: 'small',
    languages: country === 'PK' ? 'en; ur' : 'az; ru',
    offersHs: country === 'PK' ? '52; 63' : '',
    contactName: 'Sana Malik',
    contactEmail: `contact-${tag}@example.test`,
    contactPhone: '+92 41 555 0000',
    ...overrides,
  };
}

const quote = (value: string) =>
  /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function toCsv(rows: MemberRow[], header: string[] = IMPORT_HEADER): string {
  return [header, ...rows.map((row) => header.map((column) => row[column] ?? ''))]
    .map((line) => line.map(quote).join(','))
    .join('\r\n');
}

export function uploadImport(
  http: TestAgent,
  token: string,
  file: Buffer | string,
  {
    dryRun = false,
    fileName = 'members.csv',
    encoding,
  }: { dryRun?: boolean; fileName?: string; encoding?: string } = {},
) {
  const query = new URLSearchParams({ dryRun: String(dryRun), ...(encoding ? { encoding } : {}) });
  return http
    .post(`/api/imports?${query.toString()}`)
    .set(bearer(token))
    .attach('file', typeof file === 'string' ? Buffer.from(file, 'utf8') : file, fileName);
}

export interface ImportRun {
  status: ImportStatusResponse;
  /** Every `progress.done` seen while polling, in order. */
  seen: number[];
}

/** Polls GET /api/imports/:id until the job is done or failed. */
export async function waitForImport(
  http: TestAgent,
  token: string,
  id: string,
  timeoutMs = 60_000,
): Promise<ImportRun> {
  const seen: number[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await http.get(`/api/imports/${id}`).set(bearer(token)).expect(200);
    const status = response.body as ImportStatusResponse;
    seen.push(status.progress.done);
    if (status.status === 'done' || status.status === 'failed') {
      return { status, seen };
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`import ${id} did not finish within ${timeoutMs} ms`);
}

/** Uploads and waits; fails the test if the upload is not accepted. */
export async function runImport(
  http: TestAgent,
  token: string,
  file: Buffer | string,
  options: { dryRun?: boolean; fileName?: string; encoding?: string } = {},
): Promise<ImportRun> {
  const response = await uploadImport(http, token, file, options);
  if (response.status !== 202) {
    throw new Error(`upload answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return waitForImport(http, token, (response.body as { id: string }).id);
}
