import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '../../src/database/embedded-postgres';

/**
 * A fresh database for one test run: on DATABASE_URL's server when it is set (CI), else on an
 * embedded Postgres in a throw-away folder (a new machine). Either way a real PostgreSQL.
 */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(log: (line: string) => void): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `jcc_test_${process.pid}_${Date.now()}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    log(`Tests use database ${name} on DATABASE_URL's server`);
    return {
      url: withDatabase(serverUrl, name),
      drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const embedded: EmbeddedPostgresHandle = await startEmbeddedPostgres({
    dataDir: await mkdtemp(join(tmpdir(), 'jcc-test-pg-')),
    database: 'jcc_test',
    persistent: false,
    log,
  });
  log('No DATABASE_URL: tests run on an embedded PostgreSQL in a throw-away folder');
  return { url: embedded.url, drop: () => embedded.stop() };
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
