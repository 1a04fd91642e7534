import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { TokensService } from '../../src/modules/auth/tokens.service';
import type { BenchCommand, ServerMessage, ServerStart } from './bench-protocol';
import { seedPairs } from './bench-seed';
import { benchEnvironment } from '../bench-environment';

/**
 * Child process of the chat bench: the real application (Postgres, services, gateway) on a free
 * loopback port, with paired firms seeded. Runs apart from the clients so they do not share an
 * event loop.
 */
let app: NestFastifyApplication | null = null;

async function start(command: ServerStart): Promise<ServerMessage> {
  if (!command.databaseUrl) {
    throw new Error('no database URL');
  }
  const secret = randomBytes(32).toString('base64url');
  app = await createApp({
    env: benchEnvironment({
      // Tokens must outlive the longest run.
      JWT_ACCESS_TTL_SECONDS: String(24 * 3600),
      JWT_SECRET: secret,
      CHAT_MESSAGES_PER_WINDOW: String(command.messagesPerWindow ?? 20),
    }),
    databaseUrl: command.databaseUrl,
    jwtSecret: secret,
    allowedOrigins: [],
    webDistDir: null,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const sessions = await seedPairs(app.get(DataSource), app.get(TokensService), command.clients);
  return { type: 'ready', url: `http://127.0.0.1:${port}`, sessions };
}

process.on('message', (command: BenchCommand) => {
  if (command.type === 'start') {
    start(command).then(
      (ready) => process.send?.(ready),
      (error: unknown) =>
        process.send?.({ type: 'failed', error: String(error) } satisfies ServerMessage),
    );
  } else {
    void (app?.close() ?? Promise.resolve()).finally(() => process.exit(0));
  }
});
// Never outlive the bench.
process.on('disconnect', () => process.exit(0));
