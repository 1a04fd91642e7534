import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../database/embedded-postgres';

export interface ScratchDatabase {
  url: string;
  /** Where it lives, for the report. */
  description: string;
  drop(): Promise<void>;
}

/**
 * A database for one bench run, never the one `npm start` uses: a new database on DATABASE_URL's
 * server (dropped afterwards), or an embedded PostgreSQL in a temporary folder.
 */
export async function createScratchDatabase(log: (line: string) => void): Promise<ScratchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `jcc_bench_${process.pid}_${Date.now()}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const host = new URL(serverUrl).host;
    return {
      url: withDatabase(serverUrl, name),
      description: `scratch database ${name} on ${host} (DATABASE_URL's server)`,
      drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: await mkdtemp(join(tmpdir(), 'jcc-bench-pg-')),
    database: 'jcc_bench',
    persistent: false,
    log,
  });
  return {
    url: embedded.url,
    description: 'embedded PostgreSQL in a temporary folder (no DATABASE_URL)',
    drop: () => embedded.stop(),
  };
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
