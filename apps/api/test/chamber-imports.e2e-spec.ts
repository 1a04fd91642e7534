import ExcelJS from 'exceljs';
import type { ImportRowResponse, ImportStatusResponse } from '@jcc/contracts';
import { expectApiError, expectFieldError } from './support/api-error';
import { memberRow, runImport, toCsv, uploadImport, waitForImport } from './support/chamber';
import { bearer, createMember, createUserWithRole } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

/** On a database of its own: imports add firms by the thousand, which other files count. */
describe('chamber: member import', () => {
  let t: TestApp;
  let staff: string;
  beforeAll(async () => {
    t = await createIsolatedTestApp();
    staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
  });
  afterAll(() => t.close());

  const countByNames = async (names: string[]): Promise<number> =>
    (await t.db.query('SELECT count(*)::int AS n FROM companies WHERE name = ANY($1)', [names]))[0]
      .n;

  it('dry run: reports row by row what would be created, matched and refused, and writes no firm', async () => {
    const existing = await createMember(t.http, 'PK', {
      name: `Existing Mills ${Date.now()}`,
      city: 'Lahore',
    });
    const fresh = [memberRow('PK'), memberRow('AZ'), memberRow('PK', { registrationNumber: '' })];
    const rows = [
      ...fresh,
      memberRow('PK', { name: existing.company.name, city: 'lahore', registrationNumber: '' }),
      memberRow('PK', { sectors: 'textiles; rockets', registrationNumber: '123' }),
      memberRow('AZ', { name: '=cmd|" /C calc"!A0' }),
      { ...fresh[0] },
    ];
    const { status } = await runImport(t.http, staff, toCsv(rows), { dryRun: true });
    expect(status).toMatchObject({
      status: 'done',
      dryRun: true,
      progress: { done: 7, total: 7 },
      created: 3,
      matched: 1,
      failedCount: 3,
    });
    expect(status.failed.map((failure) => failure.row)).toEqual([6, 7, 8]);
    const fields = (row: number) =>
      status.failed.find((failure) => failure.row === row)?.errors.map((error) => error.field);
    expect(fields(6)).toEqual(expect.arrayContaining(['sectors', 'registrationNumber']));
    expect(fields(7)).toEqual(['name']);
    expect(
      status.failed[0].errors.find((error) => error.field === 'sectors')?.messages[0],
    ).toContain('rockets');
    expect(status.failed[2].errors[0].messages[0]).toContain('duplicates row 2');
    expect(await countByNames(fresh.map((row) => row.name))).toBe(0);

    const listing = await t.http
      .get(`/api/imports/${status.id}/rows?outcome=matched`)
      .set(bearer(staff))
      .expect(200);
    expect(listing.body.items).toEqual([
      expect.objectContaining({
        row: 5,
        outcome: 'matched',
        companyId: existing.company.id,
        matchedBy: 'nameAndCity',
      }),
    ]);
  });

  it('imports verified firms with their contacts; running the same file again creates nothing new', async () => {
    const rows = Array.from({ length: 30 }, (_unused, index) =>
      memberRow(index % 2 ? 'AZ' : 'PK', index % 5 === 0 ? { registrationNumber: '' } : {}),
    );
    const csv = toCsv(rows);
    const first = await runImport(t.http, staff, csv);
    expect(first.status).toMatchObject({
      status: 'done',
      created: 30,
      matched: 0,
      failedCount: 0,
      failed: [],
    });
    const stored = await t.db.query(
      `SELECT c.verification, c.last_review->>'status' AS reviewed, k.email
       FROM companies c LEFT JOIN chamber_contacts k ON k.company_id = c.id WHERE c.name = ANY($1)`,
      [rows.map((row) => row.name)],
    );
    expect(stored).toHaveLength(30);
    expect(
      stored.every(
        (row: { verification: string; reviewed: string; email: string }) =>
          row.verification === 'verified' && row.reviewed === 'verified' && row.email,
      ),
    ).toBe(true);

    const again = await runImport(t.http, staff, csv);
    expect(again.status).toMatchObject({ status: 'done', created: 0, matched: 30, failedCount: 0 });
    expect(await countByNames(rows.map((row) => row.name))).toBe(30);

    const page = await t.http
      .get(`/api/imports/${again.status.id}/rows?limit=20`)
      .set(bearer(staff))
      .expect(200);
    expect(page.body.items).toHaveLength(20);
    const rest = await t.http
      .get(`/api/imports/${again.status.id}/rows?limit=20&cursor=${page.body.nextCursor}`)
      .set(bearer(staff))
      .expect(200);
    expect(rest.body.nextCursor).toBeNull();
    const all = [...page.body.items, ...rest.body.items] as ImportRowResponse[];
    expect(all.map((row) => row.row)).toEqual(rows.map((_row, index) => index + 2));
    expect(new Set(all.map((row) => row.matchedBy))).toEqual(
      new Set(['registrationNumber', 'nameAndCity']),
    );
  });

  it('two runs of one file at the same time create each firm once', async () => {
    const rows = Array.from({ length: 40 }, () => memberRow('PK', { registrationNumber: '' }));
    const runs = await Promise.all([
      runImport(t.http, staff, toCsv(rows)),
      runImport(t.http, staff, toCsv(rows)),
    ]);
    expect(runs.map((run) => run.status.created).sort()).toEqual([0, 40]);
    expect(await countByNames(rows.map((row) => row.name))).toBe(40);
  });

  it('reports progress batch by batch while a large file runs', async () => {
    const rows = Array.from({ length: 4000 }, () => memberRow('AZ'));
    const { status, seen } = await runImport(t.http, staff, toCsv(rows), { dryRun: true });
    expect(status).toMatchObject({
      status: 'done',
      progress: { done: 4000, total: 4000 },
      created: 4000,
    });
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.some((done) => done > 0 && done < 4000)).toBe(true);
    expect(seen.every((done) => done % 1000 === 0)).toBe(true);
  });

  it('reads XLSX, and refuses a formula cell by name', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Members');
    const rows = [memberRow('PK'), memberRow('AZ')];
    sheet.addRow([
      'Name',
      'Country',
      'City',
      'Registration number',
      'Sectors',
      'Partnership types',
      'Size band',
      'Languages',
    ]);
    for (const row of rows) {
      sheet.addRow([
        row.name,
        row.country,
        row.city,
        row.registrationNumber,
        row.sectors,
        row.partnershipTypes,
        row.sizeBand,
        row.languages,
      ]);
    }
    sheet.addRow([
      { formula: 'HYPERLINK("http://evil.test","x")' },
      'PK',
      'Karachi',
      '',
      'food',
      'export',
      'small',
      'en',
    ]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const { status } = await runImport(t.http, staff, file, { fileName: 'members.xlsx' });
    expect(status).toMatchObject({ status: 'done', format: 'xlsx', created: 2, failedCount: 1 });
    expect(status.failed[0]).toEqual({
      row: 4,
      errors: [{ field: 'name', messages: [expect.stringContaining('formula')] }],
    });
  });

  it('an unknown import is 404; a malformed id 400', async () => {
    expectApiError(
      await t.http.get('/api/imports/8d4b2c3e-0000-4000-8000-000000000000').set(bearer(staff)),
      404,
    );
    expectFieldError(await t.http.get('/api/imports/nope').set(bearer(staff)), 'id');
  });

  it('lists recent imports and serves the template', async () => {
    const list = await t.http.get('/api/imports?limit=2').set(bearer(staff)).expect(200);
    const firstPage = list.body.items as ImportStatusResponse[];
    // This file has run several imports: the page is full, newest first, and goes on.
    expect(firstPage).toHaveLength(2);
    expect(firstPage[0].createdAt >= firstPage[1].createdAt).toBe(true);
    expect(list.body.nextCursor).toEqual(expect.any(String));
    const next = await t.http
      .get(`/api/imports?limit=2&cursor=${encodeURIComponent(list.body.nextCursor)}`)
      .set(bearer(staff))
      .expect(200);
    const secondPage = next.body.items as ImportStatusResponse[];
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.map((item) => item.id)).not.toContain(firstPage[1].id);
    expect(firstPage[1].createdAt >= secondPage[0].createdAt).toBe(true);
    const template = await t.http.get('/api/imports/template.csv').set(bearer(staff)).expect(200);
    expect(template.headers['content-type']).toContain('text/csv');
    const { status } = await waitForImport(
      t.http,
      staff,
      (
        await uploadImport(
          t.http,
          staff,
          template.text
            .replace(/Crescent Sports Industries/, `Crescent ${Date.now()}`)
            .replace(/Bakı Tekstil Ticarət MMC/, `Bakı ${Date.now()}`)
            .replace('1234567-8', '')
            .replace('1234567890', ''),
          { dryRun: true },
        )
      ).body.id,
    );
    expect(status).toMatchObject({ status: 'done', failedCount: 0 });
  });
});
