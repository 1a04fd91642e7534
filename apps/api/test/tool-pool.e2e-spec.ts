import { Client } from 'pg';
import { createToolPool } from '../src/database/tool-pool';
import { eventually } from './support/chat-socket';

/** What a Postgres stopping under a tool does to the tool's idle connections. */
describe("a tool's database pool", () => {
  const url = process.env.TEST_DATABASE_URL!;

  it('survives an idle connection the server terminates, and goes on with a new one', async () => {
    const pool = createToolPool(url, 1);
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      // As a fast shutdown does: the idle client gets "terminating connection due to
      // administrator command" (57P01) and the pool emits `error`, which without the tool's own
      // listener (none is added here) is an uncaught exception.
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
      await eventually(
        () => pool.totalCount === 0,
        5000,
        'the terminated connection leaves the pool',
      );

      const again = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      expect(again.rows[0].pid).not.toBe(rows[0].pid);
    } finally {
      await admin.end();
      await pool.end();
    }
  });
});
