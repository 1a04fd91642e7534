import { validateEnvironment, type Environment } from '../src/config/environment';

/**
 * The environment every benchmark's API runs with: production settings (what is measured is what
 * runs), quiet logs, and mail that goes nowhere — production refuses to start without SMTP_URL,
 * and no bench sends mail, so it names a closed local port and the outbox worker stays off.
 */
export const BENCH_ENV = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  SMTP_URL: 'smtp://127.0.0.1:9',
  MAIL_WORKER: 'false',
} as const;

/** BENCH_ENV with a bench's own settings, validated, for an API started in the bench's process. */
export function benchEnvironment(overrides: Record<string, string | undefined>): Environment {
  return validateEnvironment({ ...BENCH_ENV, ...overrides });
}
