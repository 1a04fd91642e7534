import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Vite names everything under assets/ by its content hash: a changed file gets a new name. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** The page, the service worker, the manifest and icons: always asked again (a 304 if unchanged). */
export const REVALIDATE_CACHE = 'no-cache';

/**
 * Helmet's headers that only a document (or a worker) reads: a script, a stylesheet or a font
 * ignores them, and on a first load of ~50 files over HTTP/1.1 (no header compression) they cost
 * about 0.5 KB each. Hashed assets go without them; `nosniff`, CORP and HSTS stay.
 */
const DOCUMENT_ONLY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

/**
 * The CSP sources (`'sha256-…'`) of the built index.html's inline scripts — the boot script that
 * picks the language and direction before the first paint — so `script-src` stays `'self'` plus
 * exactly those scripts. None without a build.
 */
export function inlineScriptHashes(webDistDir: string | null): string[] {
  const indexPath = webDistDir ? join(webDistDir, 'index.html') : null;
  if (!indexPath || !existsSync(indexPath)) {
    return [];
  }
  const html = readFileSync(indexPath, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1])
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

/**
 * The built single-page app: `/` gets index.html (the landing page prerendered in it),
 * `/directory` directory.html (its frame prerendered), other non-API paths app.html (client-side
 * routes; the same page without prerendered markup).
 * The build writes `.br` and `.gz` siblings of every text file, sent as the client accepts them.
 */
export async function serveWebApp(
  app: NestFastifyApplication,
  webDistDir: string | null,
): Promise<void> {
  if (!webDistDir || !existsSync(join(webDistDir, 'index.html'))) {
    return;
  }
  const assetsDir = join(webDistDir, 'assets') + sep;
  await app.register(fastifyStatic, {
    root: webDistDir,
    prefix: '/',
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, path: string) => {
      const hashed = path.startsWith(assetsDir);
      reply.header('Cache-Control', hashed ? HASHED_ASSET_CACHE : REVALIDATE_CACHE);
      if (hashed) {
        for (const name of DOCUMENT_ONLY_HEADERS) {
          void reply.removeHeader(name);
        }
      }
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  const sendIndex = (_request: FastifyRequest, reply: FastifyReply) => reply.sendFile('index.html');
  // The same page without the prerendered landing markup, and the directory's frame prerendered
  // (apps/web scripts/prerender.mjs; a build before them had only index.html).
  const built = (file: string) => (existsSync(join(webDistDir, file)) ? file : 'index.html');
  const appPage = built('app.html');
  const directoryPage = built('directory.html');
  const sendAppPage = (request: FastifyRequest, reply: FastifyReply) =>
    reply.sendFile(request.url.split('?')[0] === '/directory' ? directoryPage : appPage);
  fastify.get('/', sendIndex);
  // Nest's routes under /api are more specific than this wildcard, so they always win; an unknown
  // /api path still gets the API's JSON 404 rather than the web page. An unknown file under
  // /assets/ (an old build's chunk) is a 404 too: index.html in its place would be cached as JS.
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/') || path.startsWith('/socket.io') || path.startsWith('/assets/')) {
      return reply.status(404).send({
        statusCode: 404,
        error: 'Not Found',
        message: `Cannot GET ${path}`,
      });
    }
    return sendAppPage(request, reply);
  });
}
