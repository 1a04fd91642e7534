import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { createTestApp, type TestApp } from './support/test-app';

const BOOT_SCRIPT = "document.documentElement.lang = 'en';";
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const scriptSrc = (csp: unknown) =>
  (
    String(csp)
      .split(';')
      .find((directive) => directive.trim().startsWith('script-src')) ?? ''
  )
    .trim()
    .split(/\s+/)
    .slice(1);

/** A built web app as `vite build` + the compression step leave it: files and their .br/.gz. */
function writeWebDist(): { dir: string; page: string; script: string } {
  const dir = mkdtempSync(join(tmpdir(), 'jcc-web-dist-'));
  mkdirSync(join(dir, 'assets'));
  const page = `<!doctype html><html><head><title>JCC</title><script>${BOOT_SCRIPT}</script></head><body>${'<p>shell</p>'.repeat(200)}</body></html>`;
  const script = `export const chunk = ${JSON.stringify('x'.repeat(5000))};`;
  const write = (path: string, text: string) => {
    writeFileSync(join(dir, path), text);
    writeFileSync(join(dir, `${path}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${path}.gz`), gzipSync(text));
  };
  write('index.html', page);
  write('assets/index-AbC123xy.js', script);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return { dir, page, script };
}

describe('web delivery: compressed, cached files and compressed JSON', () => {
  const dist = writeWebDist();
  let t: TestApp;
  let fastify: FastifyInstance;
  const get = (url: string, acceptEncoding?: string) =>
    fastify.inject({
      method: 'GET',
      url,
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });

  beforeAll(async () => {
    t = await createTestApp({}, { webDistDir: dist.dir });
    fastify = t.app.getHttpAdapter().getInstance();
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist.dir, { recursive: true, force: true });
  });

  describe('a content-hashed script under /assets/', () => {
    it('is sent as brotli when the client accepts it (preferred over gzip)', async () => {
      const response = await get('/assets/index-AbC123xy.js', 'gzip, deflate, br');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(response.rawPayload).toString()).toBe(dist.script);
    });

    it('is sent as gzip to a client without brotli', async () => {
      const response = await get('/assets/index-AbC123xy.js', 'gzip');
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(response.rawPayload).toString()).toBe(dist.script);
    });

    it('is sent as it is to a client that accepts no compression', async () => {
      for (const acceptEncoding of ['identity', undefined]) {
        const response = await get('/assets/index-AbC123xy.js', acceptEncoding);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-encoding']).toBeUndefined();
        expect(response.body).toBe(dist.script);
      }
    });

    it('is cached for a year as immutable', async () => {
      for (const acceptEncoding of ['br', 'gzip', 'identity']) {
        const response = await get('/assets/index-AbC123xy.js', acceptEncoding);
        expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      }
    });

    it('carries no document-only headers (CSP, frame options), but keeps nosniff', async () => {
      const response = await get('/assets/index-AbC123xy.js', 'br');
      expect(response.headers['content-security-policy']).toBeUndefined();
      expect(response.headers['x-frame-options']).toBeUndefined();
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      const page = await get('/', 'br');
      expect(page.headers['content-security-policy']).toMatch(/script-src/);
      expect(page.headers['x-frame-options']).toBeDefined();
    });

    it('is a 404, not the page, when the file does not exist (an old build’s chunk)', async () => {
      const response = await get('/assets/index-Gone0000.js', 'br');
      expect(response.statusCode).toBe(404);
      expect(response.headers['cache-control'] ?? '').not.toMatch(/immutable/);
    });
  });

  describe('the page', () => {
    it('is compressed and revalidated on every visit, never immutable', async () => {
      for (const url of ['/', '/directory', '/messages/3f2a']) {
        const response = await get(url, 'br, gzip');
        expect(response.statusCode).toBe(200);
        expect(response.headers['cache-control']).toBe('no-cache');
        expect(response.headers['content-encoding']).toBe('br');
        expect(brotliDecompressSync(response.rawPayload).toString()).toBe(dist.page);
      }
      const plain = await get('/', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(dist.page);
      expect(plain.headers['cache-control']).toBe('no-cache');
    });

    it("allows the page's inline boot script by its hash, and no other inline script", async () => {
      const response = await get('/', 'br');
      const sources = scriptSrc(response.headers['content-security-policy']);
      expect(sources).toEqual([`'self'`, sha256(BOOT_SCRIPT)]);
      expect(sources).not.toContain(`'unsafe-inline'`);
    });

    it('serves files outside /assets/ (not content-hashed) with no-cache', async () => {
      const response = await get('/favicon.svg', 'br');
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
    });
  });

  describe('JSON from the API', () => {
    it('is compressed above the threshold: brotli, gzip or as it is, as accepted', async () => {
      const identity = await get('/api/taxonomy', 'identity');
      expect(identity.rawPayload.length).toBeGreaterThan(1024);
      expect(identity.headers['content-encoding']).toBeUndefined();
      const expected = identity.json<unknown>();

      const br = await get('/api/taxonomy', 'gzip, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.rawPayload.length).toBeLessThan(identity.rawPayload.length / 2);
      expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(expected);

      const gzip = await get('/api/taxonomy', 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(expected);
    });

    it('is sent as it is below the threshold', async () => {
      const response = await get('/api/health', 'br, gzip');
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.length).toBeLessThan(1024);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.json()).toEqual({ status: 'ok', database: 'up' });
    });

    it('keeps an unknown API path a JSON 404', async () => {
      const response = await get('/api/no-such-thing', 'br');
      expect(response.statusCode).toBe(404);
    });
  });
});

/**
 * The real build (apps/web: `npm run build -w @jcc/web`): the landing page's first paint is in
 * the HTML the server sends, and the CSP lets its boot script run. Skipped without a build.
 */
const webDist = join(__dirname, '..', '..', 'web', 'dist');
const built = existsSync(join(webDist, 'index.html'));
(built ? describe : describe.skip)('web delivery: the built landing page', () => {
  let t: TestApp;
  let fastify: FastifyInstance;
  const englishTexts = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'web', 'src', 'locales', 'en', 'common.json'), 'utf8'),
  ) as {
    landing: { title: string; lead: string };
    directory: { title: string; intro: string };
  };
  const englishLanding = englishTexts.landing;

  beforeAll(async () => {
    t = await createTestApp({}, { webDistDir: webDist });
    fastify = t.app.getHttpAdapter().getInstance();
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends the prerendered hero (title and lead) inside #root, compressed', async () => {
    const response = await fastify.inject({
      method: 'GET',
      url: '/',
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(response.rawPayload).toString();
    const body = html.slice(html.indexOf('<div id="root">'));
    expect(body).toMatch(/^<div id="root"><div data-prerendered="\/">/);
    expect(body).toMatch(new RegExp(`<h1[^>]*>${englishLanding.title}</h1>`));
    expect(body).toContain(englishLanding.lead);
    // The entry script is still what renders the app (and replaces this markup).
    expect(html).toMatch(
      /<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/,
    );
  });

  describe('other paths', () => {
    const head = (html: string) => html.slice(0, html.indexOf('</head>'));
    const pageAt = (url: string) => fastify.inject({ method: 'GET', url });

    it('get the same page without the landing markup (nothing to parse)', async () => {
      const landing = await pageAt('/');
      for (const url of ['/messages/3f2a', '/dashboard', '/directory/x']) {
        const response = await pageAt(url);
        expect(response.statusCode).toBe(200);
        expect(response.headers['cache-control']).toBe('no-cache');
        expect(response.body).toContain('<div id="root"></div>');
        expect(response.body).not.toMatch(/<div id="root"><div data-prerendered/);
        expect(response.body).not.toContain(englishLanding.lead);
        // The same head (boot script, styles, preloads), so the same CSP hashes hold for both.
        expect(head(response.body)).toBe(head(landing.body));
        expect(response.headers['content-security-policy']).toBe(
          landing.headers['content-security-policy'],
        );
      }
    });

    it('/directory gets its frame prerendered (heading, introduction), filtered or not', async () => {
      const landing = await pageAt('/');
      const directory = englishTexts.directory;
      for (const url of ['/directory', '/directory?country=AZ']) {
        const response = await pageAt(url);
        expect(response.statusCode).toBe(200);
        expect(response.body).toMatch(/<div id="root"><div data-prerendered="\/directory">/);
        expect(response.body).toContain(directory.intro);
        expect(response.body).not.toContain(englishLanding.lead);
        expect(head(response.body)).toBe(head(landing.body));
      }
    });
  });

  it("lets exactly the page's inline scripts run (CSP hashes), no 'unsafe-inline'", async () => {
    const response = await fastify.inject({ method: 'GET', url: '/directory' });
    const html = response.body;
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    expect(inline.length).toBeGreaterThan(0);
    const sources = scriptSrc(response.headers['content-security-policy']);
    expect(sources).toEqual([`'self'`, ...inline.map(sha256)]);
  });
});
