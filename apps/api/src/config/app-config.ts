import type { Environment } from './environment';

/** The settings the running application uses, resolved once at start (secrets and database included). */
export interface AppConfig {
  env: Environment;
  databaseUrl: string;
  jwtSecret: string;
  allowedOrigins: string[];
  /** Folder of the built web app, served at `/` when it exists. */
  webDistDir: string | null;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
