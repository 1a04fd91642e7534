import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * A throw-away database for a test run or a benchmark, never the one `npm start` uses: a new
 * database on DATABASE_URL's server (dropped afterwards), or an embedded PostgreSQL in a temporary
 * folder (removed afterwards) when there is no DATABASE_URL. Either way a real PostgreSQL.
 */
export interface ScratchDatabase {
  url: string;
  /** Where it lives, for logs and reports. */
  description: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(
  prefix: string,
  log: (line: string) => void,
): Promise<ScratchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `${prefix}_${process.pid}_${Date.now()}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    return {
      url: withDatabase(serverUrl, name),
      description: `scratch database ${name} on ${new URL(serverUrl).host} (DATABASE_URL's server)`,
      drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: await mkdtemp(join(tmpdir(), `${prefix.replace(/_/g, '-')}-pg-`)),
    database: prefix,
    persistent: false,
    log,
  });
  return {
    url: embedded.url,
    description: 'embedded PostgreSQL in a temporary folder (no DATABASE_URL)',
    drop: () => embedded.stop(),
  };
}

/** The same server's URL with another database name. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement (CREATE/DROP DATABASE …) from the server's `postgres` database. */
export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
