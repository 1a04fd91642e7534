import { randomBytes } from 'node:crypto';
import { adminQuery, withDatabase } from '../../src/database/scratch-database';
import { startListeningApp, type ListeningApp, type ListeningAppOptions } from './chat-app';

export interface IsolatedListeningApp extends ListeningApp {
  /** The database of its own, for the tests that take it away (terminate, refuse connections). */
  databaseName: string;
  /** Runs one statement from the server's `postgres` database (outside the app's pool). */
  admin(sql: string): Promise<void>;
}

/**
 * A listening app on a database nobody else uses: tests that cut the app's connections must not
 * cut the connections of the test files running beside them.
 */
export async function startIsolatedListeningApp(
  options: ListeningAppOptions = {},
): Promise<IsolatedListeningApp> {
  const sharedUrl = process.env.TEST_DATABASE_URL;
  if (!sharedUrl) {
    throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup)');
  }
  const name = `jcc_isolated_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = (sql: string) => adminQuery(sharedUrl, sql);
  await admin(`CREATE DATABASE ${name}`);
  let app: ListeningApp;
  try {
    process.env.TEST_DATABASE_URL = withDatabase(sharedUrl, name);
    app = await startListeningApp(options);
  } catch (error) {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  } finally {
    process.env.TEST_DATABASE_URL = sharedUrl;
  }
  return {
    ...app,
    databaseName: name,
    admin,
    close: async () => {
      try {
        await app.close();
      } finally {
        await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => undefined);
        await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    },
  };
}

/** Ends every connection of the app to its database (what a Postgres restart or failover does). */
export function terminateBackends(app: IsolatedListeningApp): Promise<void> {
  return app.admin(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
     WHERE datname = '${app.databaseName}' AND pid <> pg_backend_pid()`,
  );
}
