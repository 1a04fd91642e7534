import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { createScratchDatabase, type ScratchDatabase } from '../../src/database/scratch-database';
import { benchEnvironment } from '../bench-environment';

export interface BenchApp {
  app: NestFastifyApplication;
  url: string;
  database: ScratchDatabase;
  dataSource: DataSource;
  /** Bearer header of a fresh staff account. */
  staff: { Authorization: string };
  close(): Promise<void>;
}

/**
 * The real application on a scratch database (dropped by `close`), listening on a free loopback
 * port, with one staff account. Nothing else is reachable from the bench.
 */
export async function startBenchApp(
  log: (line: string) => void,
  env: Record<string, string> = {},
): Promise<BenchApp> {
  const database = await createScratchDatabase('jcc_bench', log);
  let app: NestFastifyApplication | null = null;
  try {
    const secret = randomBytes(32).toString('base64url');
    app = await createApp({
      env: benchEnvironment({
        JWT_SECRET: secret,
        JWT_ACCESS_TTL_SECONDS: '86400',
        ...env,
      }),
      databaseUrl: database.url,
      jwtSecret: secret,
      allowedOrigins: [],
      webDistDir: null,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.getHttpServer().address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    const dataSource = app.get(DataSource);
    const registered = await fetch(`${url}/api/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: `bench-${randomUUID()}@example.test`,
        password: randomUUID(),
        fullName: 'Bench Staff',
      }),
    });
    const { user, accessToken } = (await registered.json()) as {
      user: { id: string };
      accessToken: string;
    };
    await dataSource.query(`UPDATE users SET role = 'staff' WHERE id = $1`, [user.id]);
    const running = app;
    return {
      app: running,
      url,
      database,
      dataSource,
      staff: { Authorization: `Bearer ${accessToken}` },
      close: async () => {
        await running.close();
        await database.drop();
      },
    };
  } catch (error) {
    await app?.close();
    await database.drop();
    throw error;
  }
}

/** Milliseconds since `start` (a performance.now() reading), one decimal. */
export const since = (start: number) => Math.round((performance.now() - start) * 10) / 10;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Reads `--name N`; anything else stops with the usage text. */
export function numberOption(
  argv: string[],
  name: string,
  fallback: number,
  [min, max]: [number, number],
  usage: string,
): number {
  let value = fallback;
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    if (flag !== `--${name}`) {
      throw new Error(`Unknown option ${argv[i]}\n${usage}`);
    }
    value = Number(inline ?? argv[++i]);
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}\n${usage}`);
  }
  return value;
}

/** Stops the bench if it runs past `minutes`, whatever it is waiting for. */
export function deadline(minutes: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    process.stderr.write(`Bench stopped: still running after ${minutes} minutes\n`);
    process.exit(1);
  }, minutes * 60_000);
  timer.unref();
  return timer;
}
