/* global URL */
// Writes dist/sw.js: the service worker of service-worker/sw.js with the shell it keeps offline —
// the pages (index.html, directory.html, app.html), the entry script, styles and preloads it names, the manifest and the icons — and a
// version that changes whenever one of those files does (so the browser installs the new one).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const template = readFileSync(new URL('../service-worker/sw.js', import.meta.url), 'utf8');
const html = readFileSync(`${dist}index.html`, 'utf8');

// Only the head's files: the body holds the prerendered landing page, whose links are pages.
const head = html.slice(0, html.indexOf('</head>'));
const linked = [...head.matchAll(/(?:src|href)="(\/[^"]+)"/g)]
  .map((match) => match[1])
  .filter((path) => !path.startsWith('//'));
const manifest = JSON.parse(readFileSync(`${dist}manifest.webmanifest`, 'utf8'));
const shell = [
  ...new Set([
    '/index.html',
    '/app.html',
    '/directory.html',
    ...linked,
    ...manifest.icons.map((icon) => icon.src),
  ]),
].sort();

const version = createHash('sha256');
for (const path of shell) {
  version.update(path).update(readFileSync(`${dist}${path.slice(1)}`));
}
version.update(template);
const header =
  `const VERSION = '${version.digest('hex').slice(0, 12)}';\n` +
  `const SHELL = ${JSON.stringify(shell, null, 2)};\n`;
writeFileSync(`${dist}sw.js`, header + template);
console.log(`Service worker: ${shell.length} shell files kept offline`);
