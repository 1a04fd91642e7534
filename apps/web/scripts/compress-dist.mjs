/* global URL */
// Writes a Brotli (.br, quality 11) and a gzip (.gz, level 9) sibling of every text file of the
// build, so the server sends them as they are (@fastify/static `preCompressed`) and never
// compresses a file per request. Run after `vite build` and the service worker step.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const TEXT = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt)$/;
/** Below this, compression saves less than a packet. */
const MIN_BYTES = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* files(path);
    } else if (TEXT.test(entry.name) && statSync(path).size >= MIN_BYTES) {
      yield path;
    }
  }
}

let before = 0;
let afterBrotli = 0;
let count = 0;
for (const path of files(dist)) {
  const source = readFileSync(path);
  const brotli = brotliCompressSync(source, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  });
  const gzip = gzipSync(source, { level: 9 });
  // A compressed copy that is not smaller is never worth sending.
  if (brotli.length < source.length) {
    writeFileSync(`${path}.br`, brotli);
  }
  if (gzip.length < source.length) {
    writeFileSync(`${path}.gz`, gzip);
  }
  before += source.length;
  afterBrotli += Math.min(brotli.length, source.length);
  count += 1;
}
console.log(
  `Compressed ${count} files: ${(before / 1024).toFixed(0)} KB → ` +
    `${(afterBrotli / 1024).toFixed(0)} KB brotli (+ gzip copies)`,
);
