import { validateEnvironment, type Environment } from '../config/environment';
import { resolveAppConfig } from '../config/resolve-app-config';
import { migrateDatabase } from '../database/migrate-database';

/**
 * For command-line tools: the same database `npm start` uses (DATABASE_URL or the embedded one),
 * migrated, for the duration of `work`.
 */
export async function runWithDatabase(
  work: (databaseUrl: string, env: Environment) => Promise<void>,
): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  try {
    const env = validateEnvironment(process.env);
    const { config, embedded } = await resolveAppConfig(env, log);
    try {
      await migrateDatabase(config.databaseUrl);
      await work(config.databaseUrl, env);
    } finally {
      await embedded?.stop();
    }
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
