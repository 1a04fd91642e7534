import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import type { AppConfig } from '../../src/config/app-config';
import { validateEnvironment } from '../../src/config/environment';
import { rememberDatabase } from './factories';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  db: DataSource;
  close(): Promise<void>;
}

/** The real application on the run's real Postgres, without listening on a port. */
export async function createTestApp(
  env: Record<string, string> = {},
  overrides: Pick<Partial<AppConfig>, 'webDistDir'> = {},
): Promise<TestApp> {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup)');
  }
  const config: AppConfig = {
    env: validateEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      // Test files sign in many users from one address; the throttle spec sets its own limit.
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      // Test files register and write a lot from one address; the limit spec sets its own.
      WRITES_PER_MINUTE: '100000',
      // Test files share one database: a spec that wants mails sent drains the worker itself
      // (MailOutboxWorker.drain), so no other file's app picks its mails up.
      MAIL_WORKER: 'false',
      // Likewise the digest sweep: the digest spec runs it itself (MessageDigestJob.sweep).
      MESSAGE_DIGEST_INTERVAL_SECONDS: '0',
      ...env,
    }),
    databaseUrl,
    jwtSecret: TEST_JWT_SECRET,
    allowedOrigins: [],
    webDistDir: null,
    ...overrides,
  };
  const app = await createApp(config);
  const http = request(app.getHttpServer());
  const db = app.get(DataSource);
  rememberDatabase(http, db);
  return {
    app,
    http,
    db,
    close: () => app.close(),
  };
}
