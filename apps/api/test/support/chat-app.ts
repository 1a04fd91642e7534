import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import type { AppConfig } from '../../src/config/app-config';
import { validateEnvironment } from '../../src/config/environment';
import { rememberDatabase } from './factories';
import { TEST_JWT_SECRET } from './test-app';

/** The real application listening on a free loopback port, for socket.io clients. */
export interface ListeningApp {
  app: NestFastifyApplication;
  http: TestAgent;
  db: DataSource;
  /** http://127.0.0.1:<port> */
  url: string;
  close(): Promise<void>;
}

export interface ListeningAppOptions {
  env?: Record<string, string>;
  allowedOrigins?: string[];
}

export async function startListeningApp(options: ListeningAppOptions = {}): Promise<ListeningApp> {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup)');
  }
  const config: AppConfig = {
    env: validateEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      // Test files register and write a lot from one address; the limit spec sets its own.
      WRITES_PER_MINUTE: '100000',
      // Test files share one database: a spec that wants mails sent drains the worker itself
      // (MailOutboxWorker.drain), so no other file's app picks its mails up.
      MAIL_WORKER: 'false',
      // Likewise the digest sweep: the digest spec runs it itself (MessageDigestJob.sweep).
      MESSAGE_DIGEST_INTERVAL_SECONDS: '0',
      ...options.env,
    }),
    databaseUrl,
    jwtSecret: TEST_JWT_SECRET,
    allowedOrigins: options.allowedOrigins ?? [],
    webDistDir: null,
  };
  const app = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const http = request(url);
  const db = app.get(DataSource);
  rememberDatabase(http, db);
  return {
    app,
    http,
    db,
    url,
    close: () => app.close(),
  };
}
