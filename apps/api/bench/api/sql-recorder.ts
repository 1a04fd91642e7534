import { writeFileSync } from 'node:fs';
import { Client } from 'pg';

/**
 * Preloaded (`node --require`) into the API process of bench:api: remembers the text of every
 * SQL statement the API sends and writes them, one JSON array, to BENCH_SQL_FILE when the process
 * exits. The bench then checks that the bare server runs the same statements, so the yardstick
 * cannot drift from what the repositories generate. A Set keeps the cost per query to a lookup.
 */
const file = process.env.BENCH_SQL_FILE;
if (file) {
  const seen = new Set<string>();
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its client below
  const query = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;
  Client.prototype.query = function recordingQuery(this: Client, ...args: unknown[]) {
    const first = args[0];
    const text =
      typeof first === 'string'
        ? first
        : first && typeof first === 'object' && 'text' in first
          ? String(first.text)
          : null;
    if (text !== null) {
      seen.add(text);
    }
    return query.apply(this, args);
  } as typeof Client.prototype.query;
  process.on('exit', () => writeFileSync(file, JSON.stringify([...seen])));
}
