import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { compressJsonResponses } from './common/http/compress-json';
import { bindWriteLimit } from './common/rate-limits/bind-write-limit';
import { securityHeaders } from './common/http/security-headers';
import { inlineScriptHashes, serveWebApp } from './common/http/serve-web-app';
import { limitJsonDepth } from './common/pipes/json-depth';
import { createValidationPipe } from './common/pipes/validation.pipe';
import type { AppConfig } from './config/app-config';
import { createChatIoAdapter } from './modules/chat/realtime/chat-io.adapter';
import { buildOpenApiDocument } from './openapi/openapi-document';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the whole application (API, docs, web app) without listening: main and tests share it. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trustProxySetting(config.env.TRUST_PROXY),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  bindWriteLimit(app);
  limitJsonDepth(app.getHttpAdapter().getInstance());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  // Before any route exists: the plugin hooks into each route as it is added.
  await compressJsonResponses(app);
  if (config.allowedOrigins.length > 0) {
    app.enableCors({ origin: config.allowedOrigins, credentials: true });
  }
  securityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: [`'self'`],
        // The web build's inline boot script (language and direction before the first paint).
        scriptSrc: [`'self'`, ...inlineScriptHashes(config.webDistDir)],
        // Mantine and Swagger UI set inline styles.
        styleSrc: [`'self'`, `'unsafe-inline'`],
        // blob: previews of uploaded images and PDFs, fetched with the user's token.
        imgSrc: [`'self'`, 'data:', 'blob:'],
        frameSrc: [`'self'`, 'blob:'],
        connectSrc: [`'self'`, 'ws:', 'wss:'],
        fontSrc: [`'self'`, 'data:'],
      },
    },
  });
  // Uploads (member imports) stream in; each route sets its own size limit when it reads the file.
  await app.register(multipart, { limits: { files: 1, fields: 10 } });
  setUpOpenApi(app);
  await serveWebApp(app, config.webDistDir);
  app.useWebSocketAdapter(await createChatIoAdapter(app, config));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** TRUST_PROXY as Fastify reads it: true, a hop count, or a list of proxy addresses/CIDRs. */
export function trustProxySetting(
  value: string | undefined,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') {
    return false;
  }
  if (text === 'true') {
    return true;
  }
  if (/^\d+$/.test(text)) {
    // A hop count: trust the nearest `hops` proxies (what proxy-addr does with a number).
    const hops = Number(text);
    return (_address: string, hop: number) => hop < hops;
  }
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function setUpOpenApi(app: NestFastifyApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
