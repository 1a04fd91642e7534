import { pdfText } from './support/pdf-text';
import { bearer, createMember, createUserWithRole } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';
import { expectApiError } from './support/api-error';

const ROWS = 1500;
const nextYear = new Date().getUTCFullYear() + 1;

/** Binary answers (the PDF) arrive as one Buffer: superagent hands the raw response stream here. */
const asBuffer = (response: unknown, done: (error: Error | null, body: Buffer) => void) => {
  const stream = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

/**
 * On a database of its own: 1,500 firms go on one list by SQL, then both exports are read back
 * whole — the CSV line by line, the PDF with pdf.js.
 */
describe('chamber: delegation exports', () => {
  let t: TestApp;
  let staff: string;
  let delegationId: string;
  let names: string[];

  beforeAll(async () => {
    t = await createIsolatedTestApp();
    staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    const response = await t.http
      .post('/api/delegations')
      .set(bearer(staff))
      .send({
        title: 'Textiles to Baku',
        direction: 'PK_TO_AZ',
        hostCity: 'Baku',
        startsOn: `${nextYear}-05-01`,
        endsOn: `${nextYear}-05-05`,
        sectors: ['textiles'],
        capacity: 5000,
      })
      .expect(201);
    delegationId = response.body.id;
    const formula = await createMember(t.http, 'PK', { website: null });
    const plus = await createMember(t.http, 'PK');
    // The API refuses formula-looking text now (NoFormula); rows written before that, or by an
    // import of old data, may still hold it, and the exports must make it text.
    await t.db.query(`UPDATE companies SET name = $2 WHERE id = $1`, [
      formula.company.id,
      '=HYPERLINK("http://evil.test","x")',
    ]);
    await t.db.query(`UPDATE companies SET name = '+cmd|calc', city = '@Lahore' WHERE id = $1`, [
      plus.company.id,
    ]);
    for (const member of [formula, plus]) {
      await t.http
        .post(`/api/delegations/${delegationId}/members`)
        .set(bearer(staff))
        .send({ companyId: member.company.id })
        .expect(201);
    }
    const inserted = await t.db.query(
      `INSERT INTO companies (name, country, city, sectors, offers_hs, partnership_types, size_band, languages, verification)
       SELECT 'Firm ' || lpad(n::text, 4, '0') || ' Şəki', 'PK', 'Sialkot', '{textiles}', '{52,63}', '{export}', 'small', '{en}', 'verified'
       FROM generate_series(1, $1) AS n RETURNING id, name`,
      [ROWS],
    );
    names = inserted.map((row: { name: string }) => row.name);
    await t.db.query(
      `INSERT INTO delegation_members (delegation_id, company_id, status) SELECT $1, unnest($2::uuid[]), 'confirmed'`,
      [delegationId, inserted.map((row: { id: string }) => row.id)],
    );
    await t.db.query(
      `INSERT INTO chamber_contacts (company_id, contact_name, email, phone) VALUES ($1, 'Ayesha Khan', 'ayesha@example.test', '+92 52 355 0000')`,
      [inserted[0].id],
    );
  });
  afterAll(() => t.close());

  it('CSV: every row, UTF-8 with a byte-order mark, formula-looking cells made text', async () => {
    const response = await t.http
      .get(`/api/delegations/${delegationId}/export.csv`)
      .set(bearer(staff))
      .expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="textiles-to-baku.csv"',
    );
    const text: string = response.text;
    expect(text.startsWith('\uFEFFNo.,Company,Country,City,Status,Sectors')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(ROWS + 3);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
    expect(text).toContain(`,'+cmd|calc,Pakistan,'@Lahore,invited,`);
    expect(lines.filter((line) => /^\d+,[=+\-@]/.test(line))).toEqual([]);
    expect(text).toContain(
      'Firm 0001 Şəki,Pakistan,Sialkot,confirmed,Textiles and home textiles,52 Cotton; 63 ',
    );
    // A phone number starts with + too: escaped like any formula-looking cell, as OWASP advises.
    expect(text).toContain("Ayesha Khan,ayesha@example.test,'+92 52 355 0000");
    for (const name of names) {
      expect(text).toContain(`,${name},`);
    }
    const invitedOnly = await t.http
      .get(`/api/delegations/${delegationId}/export.csv?status=invited`)
      .set(bearer(staff))
      .expect(200);
    expect(invitedOnly.text.trim().split('\r\n')).toHaveLength(3);
  });

  it('PDF: opens in pdf.js and has every firm on the list', async () => {
    const response = await t.http
      .get(`/api/delegations/${delegationId}/export.pdf`)
      .set(bearer(staff))
      .buffer(true)
      .parse(asBuffer)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const body = response.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text } = await pdfText(body);
    expect(pages).toBeGreaterThan(10);
    expect(text).toContain('Trade delegation: Textiles to Baku');
    expect(text).toContain('=HYPERLINK');
    const missing = names.filter((name) => !text.includes(name));
    expect(missing).toEqual([]);
    expect(text).toContain(`page ${pages}`);
  }, 60_000);

  it('exports are for staff only, and an unknown delegation is 404', async () => {
    const member = await createMember(t.http, 'PK');
    expectApiError(
      await t.http.get(`/api/delegations/${delegationId}/export.csv`).set(bearer(member.token)),
      403,
    );
    expectApiError(await t.http.get(`/api/delegations/${delegationId}/export.pdf`), 401);
    expectApiError(
      await t.http
        .get('/api/delegations/0b3f7a52-1111-4111-8111-111111111111/export.pdf')
        .set(bearer(staff)),
      404,
    );
  });
});
