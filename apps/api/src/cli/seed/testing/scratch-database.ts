import { randomBytes } from 'node:crypto';

import { Client, Pool } from 'pg';
import type { QueryRunner } from 'typeorm';

import { InitialSchema1764380000000 } from '../../../database/migrations/1764380000000-InitialSchema';
import { DemoFirms1764530000001 } from '../../../database/migrations/1764530000001-DemoFirms';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  name: string;
  pool: Pool;
  /** Closes the pool and drops the database. */
  drop: () => Promise<void>;
}

/**
 * A throw-away database with the initial schema, on the test run's server (or `DATABASE_URL`'s,
 * or the local default), so that specs and benchmarks never touch a real database's rows.
 */
export async function createScratchDatabase(prefix = 'seed_spec'): Promise<ScratchDatabase> {
  // In jest, the run's server (TEST_DATABASE_URL: DATABASE_URL's or the embedded one).
  const serverUrl =
    process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new Pool({ connectionString: url.toString(), max: 2 });
  const drop = async (): Promise<void> => {
    await pool.end();
    await onServer(serverUrl, (admin) =>
      admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    );
  };
  try {
    // The migration only calls `query`, so a stand-in for TypeORM's QueryRunner will do.
    const runner = { query: (sql: string) => pool.query(sql) };
    await new InitialSchema1764380000000().up(runner as unknown as QueryRunner);
    await new DemoFirms1764530000001().up(runner as unknown as QueryRunner);
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, pool, drop };
}

async function onServer(url: string, work: (admin: Client) => Promise<unknown>): Promise<void> {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
