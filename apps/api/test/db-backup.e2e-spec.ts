import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { backupDatabase, restoreDatabase } from '../src/database/backup/pg-backup';
import { adminQuery, withDatabase } from '../src/database/scratch-database';
import { createConnectedFirms } from './support/chat-fixtures';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

/** Row counts of every table of the public schema, exactly (not the planner's estimate). */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const db = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    const tables = await db.query<{ name: string }[]>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = await db.query<{ n: string }[]>(`SELECT count(*) AS n FROM "${name}"`);
      counts[name] = Number(row.n);
    }
    return counts;
  } finally {
    await db.destroy();
  }
}

describe('db:backup and db:restore', () => {
  let t: TestApp;
  let folder: string;
  const restoredName = `jcc_restored_${process.pid}_${randomBytes(4).toString('hex')}`;
  const serverUrl = () => process.env.TEST_DATABASE_URL!;

  beforeAll(async () => {
    t = await createIsolatedTestApp();
    folder = await mkdtemp(join(tmpdir(), 'jcc-backup-'));
  });
  afterAll(async () => {
    await t?.close();
    await adminQuery(serverUrl(), `DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
    await rm(folder, { recursive: true, force: true });
  });

  it('restores into a new database with the same row count in every table', async () => {
    await createConnectedFirms(t.http, t.db);
    await createConnectedFirms(t.http, t.db);
    const sourceUrl = (t.db.options as { url: string }).url;
    const file = join(folder, 'jcc.dump');
    await backupDatabase(sourceUrl, file);
    expect((await stat(file)).size).toBeGreaterThan(0);

    await adminQuery(serverUrl(), `CREATE DATABASE ${restoredName}`);
    const restoredUrl = withDatabase(serverUrl(), restoredName);
    await restoreDatabase(restoredUrl, file);

    const [source, restored] = await Promise.all([rowCounts(sourceUrl), rowCounts(restoredUrl)]);
    process.stdout.write(`\nbackup/restore row counts: ${JSON.stringify(restored)}\n`);
    expect(Object.keys(source).length).toBeGreaterThan(5);
    expect(source.companies).toBeGreaterThanOrEqual(4);
    expect(restored).toEqual(source);
  });
});
