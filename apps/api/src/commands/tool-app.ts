import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app.factory';
import { validateEnvironment } from '../config/environment';

export interface ToolResponse<T> {
  status: number;
  body: T;
}

/**
 * (A package entry of its own, `@jcc/api/tool-app`, not part of `@jcc/api/tooling`: it loads the
 * whole application, which the seed's lighter tools must not pull in.)
 *
 * The whole application, in process and never listening, for tools that must act as users do
 * (the demo activity): every write goes through the real routes, rules, transactions and owners.
 */
export interface ToolApp {
  request<T = unknown>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    options?: { token?: string; body?: unknown },
  ): Promise<ToolResponse<T>>;
  close(): Promise<void>;
}

export async function createToolApp(
  databaseUrl: string,
  rawEnv: NodeJS.ProcessEnv = process.env,
): Promise<ToolApp> {
  const app: NestFastifyApplication = await createApp({
    env: validateEnvironment({
      ...rawEnv,
      LOG_LEVEL: 'silent',
      // Mails the tool's actions cause stay in the outbox for the server's worker to send.
      MAIL_WORKER: 'false',
      // In-memory limits: a tool's burst of writes must not count against the machine's address
      // in a shared Redis once the real server starts.
      REDIS_URL: undefined,
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      WRITES_PER_MINUTE: '100000',
    }),
    databaseUrl,
    // Tokens minted here never leave this process, so a throw-away secret is enough.
    jwtSecret: randomBytes(48).toString('hex'),
    allowedOrigins: [],
    webDistDir: null,
  });
  const fastify = app.getHttpAdapter().getInstance();
  return {
    async request<T>(
      method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
      url: string,
      options: { token?: string; body?: unknown } = {},
    ): Promise<ToolResponse<T>> {
      const response = await fastify.inject({
        method,
        url,
        headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
        ...(options.body === undefined ? {} : { payload: options.body as object }),
      });
      const text = response.body;
      return { status: response.statusCode, body: (text ? JSON.parse(text) : null) as T };
    },
    close: () => app.close(),
  };
}
