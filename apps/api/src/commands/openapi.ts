import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app.factory';
import { validateEnvironment } from '../config/environment';
import { createScratchDatabase } from '../database/scratch-database';
import { buildOpenApiDocument } from '../openapi/openapi-document';

/**
 * npm run api:openapi -w @jcc/api -- <file>: writes the OpenAPI document the running API serves
 * at /api/docs-json, built from the app on a throw-away database (nothing listens), so that
 * `npm run api:check` can compare the web's generated types with it without a running server.
 */
async function main(target: string): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const database = await createScratchDatabase('jcc_openapi', log);
  let app: NestFastifyApplication | null = null;
  try {
    const secret = randomBytes(32).toString('base64url');
    app = await createApp({
      env: validateEnvironment({
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        JWT_SECRET: secret,
        // Nothing is sent: the scratch database has no mail to send, and the app never listens.
        SMTP_URL: 'smtp://127.0.0.1:25',
        MAIL_WORKER: 'false',
      }),
      databaseUrl: database.url,
      jwtSecret: secret,
      allowedOrigins: [],
      webDistDir: null,
    });
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
  } finally {
    await app?.close();
    await database.drop();
  }
}

const target = process.argv[2];
if (!target) {
  process.stderr.write('Usage: node dist/commands/openapi.js <file.json>\n');
  process.exit(2);
}
main(target).catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
