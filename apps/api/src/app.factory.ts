import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { limitJsonDepth } from './common/pipes/json-depth';
import { createValidationPipe } from './common/pipes/validation.pipe';
import type { AppConfig } from './config/app-config';
import { createChatIoAdapter } from './modules/chat/realtime/chat-io.adapter';

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
  limitJsonDepth(app.getHttpAdapter().getInstance());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  if (config.allowedOrigins.length > 0) {
    app.enableCors({ origin: config.allowedOrigins, credentials: true });
  }
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: [`'self'`],
        scriptSrc: [`'self'`],
        // Mantine and Swagger UI set inline styles.
        styleSrc: [`'self'`, `'unsafe-inline'`],
        imgSrc: [`'self'`, 'data:'],
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
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Pakistan–Azerbaijan Joint Chamber B2B API')
      .setDescription('Accounts, company profiles, matching, chat and chamber work.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/** The built single-page app at `/`; other non-API paths get index.html (client-side routes). */
async function serveWebApp(app: NestFastifyApplication, webDistDir: string | null): Promise<void> {
  if (!webDistDir || !existsSync(join(webDistDir, 'index.html'))) {
    return;
  }
  await app.register(fastifyStatic, {
    root: webDistDir,
    prefix: '/',
    wildcard: false,
    index: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  const sendIndex = (_request: FastifyRequest, reply: FastifyReply) =>
    reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  fastify.get('/', sendIndex);
  // Nest's routes under /api are more specific than this wildcard, so they always win; an unknown
  // /api path still gets the API's JSON 404 rather than the web page.
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.startsWith('/api/') || request.url.startsWith('/socket.io')) {
      return reply.status(404).send({
        statusCode: 404,
        error: 'Not Found',
        message: `Cannot GET ${request.url.split('?')[0]}`,
      });
    }
    return sendIndex(request, reply);
  });
}
