import { DataSource } from 'typeorm';
import { validateEnvironment } from '../config/environment';
import { resolveAppConfig } from '../config/resolve-app-config';
import { dataSourceOptions } from '../database/data-source-options';

/**
 * For command-line tools: the same database `npm start` uses (DATABASE_URL or the embedded one),
 * migrated, for the duration of `work`.
 */
export async function runWithDatabase(work: (databaseUrl: string) => Promise<void>): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  try {
    const env = validateEnvironment(process.env);
    const { config, embedded } = await resolveAppConfig(env, log);
    try {
      const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
      await dataSource.destroy();
      await work(config.databaseUrl);
    } finally {
      await embedded?.stop();
    }
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
