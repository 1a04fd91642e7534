import { memberRow, runImport, toCsv } from './support/chamber';
import { createUserWithRole } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

/**
 * On a database of its own: a trigger makes Postgres refuse one firm in the middle of a batch,
 * as a constraint or a lost connection would, and the test counts every table afterwards.
 */
describe('chamber: a row the database refuses in the middle of an import', () => {
  let t: TestApp;
  let staff: string;
  beforeAll(async () => {
    t = await createIsolatedTestApp();
    staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    await t.db.query(`
      CREATE FUNCTION refuse_exploding_firm() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.name LIKE 'Explode%' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$`);
    await t.db.query(
      `CREATE TRIGGER refuse_exploding_firm BEFORE INSERT ON companies FOR EACH ROW EXECUTE FUNCTION refuse_exploding_firm()`,
    );
  });
  afterAll(() => t.close());

  it('reports that row, writes nothing of it, and imports every other row once', async () => {
    const rows = Array.from({ length: 2500 }, () => memberRow('PK'));
    rows[1500] = memberRow('PK', { name: 'Explode Textiles' });
    const { status } = await runImport(t.http, staff, toCsv(rows));
    expect(status).toMatchObject({
      status: 'done',
      created: 2499,
      matched: 0,
      failedCount: 1,
      progress: { done: 2500, total: 2500 },
    });
    expect(status.failed).toEqual([
      {
        row: 1502,
        errors: [
          { field: 'row', messages: ['the database refused this row; nothing of it was written'] },
        ],
      },
    ]);
    const [counts] = await t.db.query(`
      SELECT (SELECT count(*)::int FROM companies) AS firms,
             (SELECT count(*)::int FROM companies WHERE name LIKE 'Explode%') AS exploded,
             (SELECT count(*)::int FROM chamber_contacts) AS contacts,
             (SELECT count(*)::int FROM import_rows WHERE outcome = 'created') AS created_rows,
             (SELECT count(*)::int FROM import_rows) AS outcome_rows`);
    expect(counts).toEqual({
      firms: 2499,
      exploded: 0,
      contacts: 2499,
      created_rows: 2499,
      outcome_rows: 2500,
    });

    const again = await runImport(t.http, staff, toCsv(rows));
    expect(again.status).toMatchObject({ created: 0, matched: 2499, failedCount: 1 });
    const [{ firms }] = await t.db.query('SELECT count(*)::int AS firms FROM companies');
    expect(firms).toBe(2499);
  });

  it('writes an import.run audit entry for a real run, none for a dry run', async () => {
    const dry = await runImport(t.http, staff, toCsv([memberRow('AZ')]), { dryRun: true });
    const real = await runImport(t.http, staff, toCsv([memberRow('AZ')]));
    const entries = await t.db.query(
      `SELECT target_id, after FROM audit_log WHERE action = 'import.run'`,
    );
    const targets = entries.map((entry: { target_id: string }) => entry.target_id);
    expect(targets).toContain(real.status.id);
    expect(targets).not.toContain(dry.status.id);
  });
});
