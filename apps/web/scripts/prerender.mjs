/* global URL */
// Writes the landing page's first paint into dist/index.html: src/app/prerender.tsx renders it
// with react-dom/static (through Vite's SSR loader, so aliases and JSON imports resolve as in the
// app), and the markup goes into #root inside a [data-prerendered] wrapper that index.html's boot
// script and style show only where it is right (the path /, English, see index.html).
// Run after `vite build`, before the service worker and compression steps (they read index.html).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const indexPath = `${root}dist/index.html`;
const EMPTY_ROOT = '<div id="root"></div>';

const vite = await createServer({
  root,
  configFile: `${root}vite.config.ts`,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { renderLanding } = await vite.ssrLoadModule('/src/app/prerender.tsx');
  const markup = await renderLanding();
  const html = readFileSync(indexPath, 'utf8');
  if (!html.includes(EMPTY_ROOT)) {
    throw new Error(`${EMPTY_ROOT} is not in dist/index.html (prerendered twice?)`);
  }
  writeFileSync(
    indexPath,
    html.replace(EMPTY_ROOT, `<div id="root"><div data-prerendered="/">${markup}</div></div>`),
  );
  console.log(
    `Prerendered the landing page into index.html: ${(markup.length / 1024).toFixed(1)} KB`,
  );
} finally {
  await vite.close();
}
