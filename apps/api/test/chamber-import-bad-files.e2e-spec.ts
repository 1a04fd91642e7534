import { expectApiError, expectFieldError } from './support/api-error';
import { memberRow, runImport, toCsv, uploadImport } from './support/chamber';
import { bearer, createUserWithRole } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

/** Files that are not a member list, or not one we can read: a clear 400 (or 413), no import. */
describe('chamber: member import, bad files', () => {
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
  const countImports = async (): Promise<number> =>
    (await t.db.query('SELECT count(*)::int AS n FROM imports'))[0].n;

  it.each([
    [
      'a missing and an unknown column',
      'name,country,city,secters\nA,PK,Lahore,food',
      [
        'Missing required columns: sectors, partnershipTypes, sizeBand, languages',
        'Unknown column "secters" (column 4)',
      ],
    ],
    ['an empty file', '', ['The file is empty']],
    ['a header and nothing readable', '\n\n', ['The file has no header row']],
    [
      'a broken quote',
      `${toCsv([memberRow('PK')])}\r\n"Unclosed,PK,Lahore`,
      [expect.stringContaining('The CSV cannot be read')],
    ],
    [
      'a ZIP that is no workbook',
      Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]),
      [expect.stringContaining('XLSX')],
    ],
    [
      'an old .xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      [expect.stringContaining('.xls')],
    ],
  ])('%s', async (_name, file, messages) => {
    const before = await countImports();
    const errors = expectFieldError(await uploadImport(t.http, staff, file), 'file');
    expect(errors[0].messages).toEqual(expect.arrayContaining(messages));
    expect(await countImports()).toBe(before);
  });

  it('Windows-1256 text: says how to declare it, then imports it when declared', async () => {
    const row = memberRow('PK', { name: 'Lahore Trading', description: 'تجارت' });
    const header = [
      'name',
      'country',
      'city',
      'sectors',
      'partnershipTypes',
      'sizeBand',
      'languages',
      'description',
    ];
    const text = toCsv([{ ...row, name: `${row.name} ${Date.now()}` }], header);
    const cp1256 = Buffer.from(text.replace('تجارت', '\u0000'), 'latin1');
    cp1256[cp1256.indexOf(0)] = 0xca; // ت in Windows-1256
    const errors = expectFieldError(await uploadImport(t.http, staff, cp1256), 'file');
    expect(errors[0].messages[0]).toContain('windows-1256');
    const { status } = await runImport(t.http, staff, cp1256, { encoding: 'windows-1256' });
    expect(status).toMatchObject({ status: 'done', created: 1 });
  });

  it('UTF-16 with a byte-order mark is detected', async () => {
    const row = memberRow('AZ');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(toCsv([row]), 'utf16le')]);
    const { status } = await runImport(t.http, staff, utf16);
    expect(status).toMatchObject({ status: 'done', created: 1 });
    expect(await countByNames([row.name])).toBe(1);
  });

  it('a file over 50 MB is refused with 413', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024 + 10, 0x41);
    const response = await uploadImport(t.http, staff, big).catch(
      (error: { response?: { status: number; body: unknown } }) => error.response,
    );
    expect(response).toBeDefined();
    expectApiError(response as { status: number; body: unknown }, 413);
  });

  it('no file, or dryRun missing → 400 on the field', async () => {
    expectFieldError(
      await t.http.post('/api/imports?dryRun=true').set(bearer(staff)).send({}),
      'file',
    );
    expectFieldError(
      await t.http
        .post('/api/imports')
        .set(bearer(staff))
        .attach('file', Buffer.from('x'), 'a.csv'),
      'dryRun',
    );
  });
});
