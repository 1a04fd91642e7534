/* global URL */
// Writes the landing page's first paint into dist/index.html: src/app/prerender.tsx renders it
// with react-dom/static (through Vite's SSR loader, so aliases and JSON imports resolve as in the
// app), and the markup goes into #root inside a [data-prerendered] wrapper that index.html's boot
// script and style show only where it is right (the path /, English, see index.html).
// It also lists the app's start chunk (src/app/start.tsx, imported by main.tsx only after the
// first paint) and every chunk it imports as <link rel="modulepreload">, so they download from
// the start as when they were static imports of the entry.
// Run after `vite build`, before the service worker and compression steps (they read index.html).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const indexPath = `${root}dist/index.html`;
const EMPTY_ROOT = '<div id="root"></div>';
const START = 'src/app/start.tsx';

/** The start chunk's file and every chunk it imports statically, as the build manifest says. */
function startFiles() {
  const manifest = JSON.parse(readFileSync(`${root}dist/.vite/manifest.json`, 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) {
      throw new Error(`${key} is not in the build manifest`);
    }
    if (!files.has(chunk.file)) {
      files.add(chunk.file);
      (chunk.imports ?? []).forEach(visit);
    }
  };
  visit(START);
  return [...files];
}

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
  const listed = new Set([...html.matchAll(/href="\/([^"]+)"/g)].map((match) => match[1]));
  const preloads = startFiles()
    .filter((file) => !listed.has(file))
    .map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`)
    .join('');
  writeFileSync(
    indexPath,
    html
      .replace('  </head>', `${preloads}  </head>`)
      .replace(EMPTY_ROOT, `<div id="root"><div data-prerendered="/">${markup}</div></div>`),
  );
  console.log(
    `Prerendered the landing page into index.html: ${(markup.length / 1024).toFixed(1)} KB`,
  );
} finally {
  await vite.close();
}
