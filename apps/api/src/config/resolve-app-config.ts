import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../database/embedded-postgres';
import type { AppConfig } from './app-config';
import type { Environment } from './environment';
import { localJwtSecret } from './jwt-secret';
import { projectRoot } from './project-root';

export interface ResolvedConfig {
  config: AppConfig;
  /** Set when no DATABASE_URL was given and an embedded server was started for this process. */
  embedded: EmbeddedPostgresHandle | null;
}

/**
 * Turns a validated environment into running settings: DATABASE_URL or an embedded Postgres with
 * its data in ./.data, JWT_SECRET or a local one kept in ./.data.
 */
export async function resolveAppConfig(
  env: Environment,
  log: (message: string) => void,
): Promise<ResolvedConfig> {
  const root = projectRoot();
  const dataDir = join(root, '.data');
  const embedded = env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: join(dataDir, 'postgres'),
        database: 'jcc',
        persistent: true,
        log,
      });
  if (!env.JWT_SECRET) {
    log(
      'No JWT_SECRET set: using a generated one kept in .data/jwt-secret (fine for local use only)',
    );
  }
  return {
    embedded,
    config: {
      env,
      databaseUrl: env.DATABASE_URL ?? embedded!.url,
      jwtSecret: env.JWT_SECRET ?? localJwtSecret(join(dataDir, 'jwt-secret')),
      allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
      webDistDir: join(root, 'apps', 'web', 'dist'),
    },
  };
}
