import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.factory';
import { createScratchDatabase, type ScratchDatabase } from '../../src/database/scratch-database';
import { benchEnvironment } from '../bench-environment';

/**
 * Child process of the files bench: the real application with the disk driver on a scratch
 * database, on a free loopback port. It samples its own resident memory so the bench can report
 * the API process's peak apart from the clients'.
 */
export type FilesServerCommand =
  | { type: 'start'; filesDir: string; env: Record<string, string> }
  | { type: 'memory' }
  | { type: 'stop' };

export type FilesServerMessage =
  | { type: 'ready'; url: string; rssAfterStart: number }
  | { type: 'memory'; peakRss: number; maxRss: number }
  | { type: 'failed'; error: string };

let app: NestFastifyApplication | null = null;
let database: ScratchDatabase | null = null;
let peakRss = 0;

const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 20);
sampler.unref();

async function start(
  command: Extract<FilesServerCommand, { type: 'start' }>,
): Promise<FilesServerMessage> {
  database = await createScratchDatabase('jcc_bench_files', () => undefined);
  const secret = randomBytes(32).toString('base64url');
  app = await createApp({
    env: benchEnvironment({
      JWT_SECRET: secret,
      JWT_ACCESS_TTL_SECONDS: '86400',
      WRITES_PER_MINUTE: '100000',
      DOCUMENTS_QUOTA_MB_PER_FIRM: '100000',
      FILES_DIR: command.filesDir,
      ...command.env,
    }),
    databaseUrl: database.url,
    jwtSecret: secret,
    allowedOrigins: [],
    webDistDir: null,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const rssAfterStart = process.memoryUsage.rss();
  peakRss = rssAfterStart;
  return { type: 'ready', url: `http://127.0.0.1:${port}`, rssAfterStart };
}

process.on('message', (command: FilesServerCommand) => {
  if (command.type === 'start') {
    start(command).then(
      (ready) => process.send?.(ready),
      (error: unknown) => process.send?.({ type: 'failed', error: String(error) }),
    );
  } else if (command.type === 'memory') {
    process.send?.({
      type: 'memory',
      peakRss,
      maxRss: process.resourceUsage().maxRSS * 1024,
    } satisfies FilesServerMessage);
  } else {
    void (async () => {
      await app?.close();
      await database?.drop();
      process.exit(0);
    })();
  }
});
// Never outlive the bench.
process.on('disconnect', () => process.exit(0));
