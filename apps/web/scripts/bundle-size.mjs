/* global URL */
// Prints the JavaScript a first visit downloads — the entry script and the chunks index.html
// preloads, then for the landing page and the directory also their route chunk, everything it
// imports and the English texts — gzipped, and fails when one is over its budget.
// Run after `vite build` (it reads dist/.vite/manifest.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// Tightened to what issue 19 reached (187.0 / 207.6 / 213.0 KB) plus a few KB of room: the
// socket client, floating-ui (popovers, comboboxes) and the modal base are lazy chunks, and a
// change that pulls one of them back into the first load fails the build.
const BUDGET_KB = { shell: 192, landing: 212, directory: 218 };
const ROUTES = {
  landing: 'src/app/routes/landing.tsx',
  directory: 'src/app/routes/directory.tsx',
};
const TEXTS = ['src/locales/en/common.json', 'src/locales/en/taxonomy.json'];

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8'));
const sizes = new Map();
const gzipped = (file) => {
  if (!sizes.has(file)) {
    sizes.set(file, gzipSync(readFileSync(`${dist}${file}`), { level: 9 }).length);
  }
  return sizes.get(file);
};

/** A chunk's file and every chunk it imports statically (what the browser must load with it). */
function closure(keys, files = new Set()) {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) {
      throw new Error(`${key} is not in the build manifest`);
    }
    if (!files.has(chunk.file)) {
      files.add(chunk.file);
      closure(chunk.imports ?? [], files);
    }
  }
  return files;
}

// Two entries since the shell is one chunk (vite.config.ts): the page's script and the app's start.
const entryKey = 'index.html';
// main.tsx imports the app (src/app/start.tsx) after the first paint; index.html preloads it.
const shell = closure([entryKey, 'src/app/start.tsx']);
const report = (name, files) => {
  const kb = [...files].reduce((sum, file) => sum + gzipped(file), 0) / 1024;
  const over = kb > BUDGET_KB[name];
  console.log(
    `${`Initial JavaScript, ${name}:`.padEnd(38)} ${kb.toFixed(1).padStart(6)} KB gzipped ` +
      `(${files.size} files, budget ${BUDGET_KB[name]} KB)${over ? '  OVER BUDGET' : ''}`,
  );
  return over;
};

let failed = report('shell', shell);
for (const [name, route] of Object.entries(ROUTES)) {
  const files = closure([route, ...TEXTS], new Set(shell));
  const own = [...files].filter((file) => !shell.has(file));
  own.forEach((file) =>
    console.log(`  + ${file.padEnd(46)} ${(gzipped(file) / 1024).toFixed(1)} KB`),
  );
  failed = report(name, files) || failed;
}
if (failed) {
  console.error('Over budget.');
  process.exit(1);
}
