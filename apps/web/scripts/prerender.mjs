/* global URL */
// Writes the landing page's first paint into dist/index.html: src/app/prerender.tsx renders it
// with react-dom/static (through Vite's SSR loader, so aliases and JSON imports resolve as in the
// app), and the markup goes into #root inside a [data-prerendered] wrapper that index.html's boot
// script and style show only where it is right (the path /, English, see index.html).
// It also lists the app's start chunk (src/app/start.tsx, imported by main.tsx only after the
// first paint) and every chunk it imports as <link rel="modulepreload">, so they download from
// the start as when they were static imports of the entry; and it writes into the boot script
// which chunks each first page and each language need (bootChunks below).
// It writes dist/app.html too: the same page without the landing markup, for every other path.
// Run after `vite build`, before the service worker and compression steps (they read index.html).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const indexPath = `${root}dist/index.html`;
const appPagePath = `${root}dist/app.html`;
const EMPTY_ROOT = '<div id="root"></div>';
const START = 'src/app/start.tsx';

const manifest = JSON.parse(readFileSync(`${root}dist/.vite/manifest.json`, 'utf8'));
/** The chunks' files and every chunk they import statically, as the build manifest says. */
function closureOf(keys) {
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
  keys.forEach(visit);
  return [...files];
}
const startFiles = () => closureOf([START]);

// The first pages a visit often opens on, by the path's first segment (each segment here is one
// page whatever follows it), and what a signed-in page adds to the layout.
const FIRST_PAGES = {
  directory: 'src/app/routes/directory.tsx',
  dashboard: 'src/app/routes/dashboard.tsx',
  messages: 'src/app/routes/messages.tsx',
  contacts: 'src/app/routes/contacts.tsx',
  'sign-in': 'src/app/routes/sign-in.tsx',
  'sign-up': 'src/app/routes/sign-up.tsx',
};

/**
 * What index.html's boot script preloads off the landing page, before the app's script has run:
 * the first page's chunks and the language's texts, each without the shell's files (index.html
 * preloads those already); and, for a session it restores, the first page's answers to ask for
 * (src/app/first-data-urls.ts).
 */
function bootChunks(namespaces, locales, data) {
  const shell = new Set(startFiles());
  const own = (keys) => closureOf(keys).filter((file) => !shell.has(file));
  return {
    pages: Object.fromEntries(
      Object.entries(FIRST_PAGES).map(([segment, route]) => [segment, own([route])]),
    ),
    texts: Object.fromEntries(
      locales.map((locale) => [
        locale,
        own(namespaces.map((namespace) => `src/locales/${locale}/${namespace}.json`)),
      ]),
    ),
    data,
  };
}
const BOOT_CHUNKS = 'var chunks = null;';

const vite = await createServer({
  root,
  configFile: `${root}vite.config.ts`,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { renderLanding, renderDirectory } = await vite.ssrLoadModule('/src/app/prerender.tsx');
  const { NAMESPACES, UI_LOCALES } = await vite.ssrLoadModule('/src/lib/i18n.ts');
  const { FIRST_DATA_URLS } = await vite.ssrLoadModule('/src/app/first-data-urls.ts');
  const markup = await renderLanding();
  const directory = await renderDirectory();
  const html = readFileSync(indexPath, 'utf8');
  if (!html.includes(EMPTY_ROOT) || !html.includes(BOOT_CHUNKS)) {
    throw new Error(
      `${EMPTY_ROOT} or ${BOOT_CHUNKS} is not in dist/index.html (prerendered twice?)`,
    );
  }
  const chunks = JSON.stringify(bootChunks(NAMESPACES, UI_LOCALES, FIRST_DATA_URLS));
  const listed = new Set([...html.matchAll(/href="\/([^"]+)"/g)].map((match) => match[1]));
  const preloads = startFiles()
    .filter((file) => !listed.has(file))
    .map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`)
    .join('');
  const page = html
    .replace('  </head>', `${preloads}  </head>`)
    .replace(BOOT_CHUNKS, `var chunks = ${chunks};`);
  for (const [name, body] of [
    ['landing page', markup],
    ['directory', directory],
  ]) {
    // The page's CSP allows only its own inline scripts (by hash): React's would be refused.
    if (body.includes('<script')) {
      throw new Error(`The prerendered ${name} holds an inline script, which the CSP would refuse`);
    }
  }
  const prerendered = (path, body) =>
    page.replace(EMPTY_ROOT, `<div id="root"><div data-prerendered="${path}">${body}</div></div>`);
  writeFileSync(indexPath, prerendered('/', markup));
  writeFileSync(`${root}dist/directory.html`, prerendered('/directory', directory));
  // Every other path gets the page without prerendered markup (the API serves each file, apps/api
  // serve-web-app.ts): a phone would parse the landing page's 24 KB only to remove them.
  writeFileSync(appPagePath, page);
  const kb = (text) => `${(text.length / 1024).toFixed(1)} KB`;
  console.log(
    `Prerendered the landing page into index.html (${kb(markup)}) and the directory's frame ` +
      `into directory.html (${kb(directory)}); app.html, for every other path, has neither`,
  );
} finally {
  await vite.close();
}
