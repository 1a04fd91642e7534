import { Pool } from 'pg';

/**
 * A pg Pool for a command-line tool (the seed, the demo data, create-user). `pool.end()` resolves
 * once its idle clients have been asked to end, not once they have: the embedded Postgres that
 * runWithDatabase stops right after may terminate one first, and pg then emits `error` on the
 * pool, which without a listener ends the process (`npm start` crashed so after the demo data,
 * now and then). A lost idle connection is never worth a crash: the next query takes another.
 */
export function createToolPool(databaseUrl: string, max: number): Pool {
  const pool = new Pool({ connectionString: databaseUrl, max });
  pool.on('error', (error: Error) => {
    process.stderr.write(`idle database connection lost: ${error.message}\n`);
  });
  return pool;
}
