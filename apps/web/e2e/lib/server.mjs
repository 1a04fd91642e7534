/* global clearTimeout, fetch, setTimeout, URL */
// Starts the real platform for the browser tests: a fresh database (a new one on DATABASE_URL's
// server, else a throw-away embedded Postgres), then `node apps/api/dist/main.js` on a free port
// of 127.0.0.1, which serves the built web app at / and the API under /api.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const require = createRequire(join(ROOT, 'apps/api/package.json'));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function createDatabase(log) {
  if (process.env.DATABASE_URL) {
    const { Client } = require('pg');
    const url = new URL(process.env.DATABASE_URL);
    const name = `jcc_web_e2e_${Date.now()}_${process.pid}`;
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    url.pathname = `/${name}`;
    log(`database ${name} on ${url.host}`);
    return {
      url: url.toString(),
      async drop() {
        const client = new Client({ connectionString: process.env.DATABASE_URL });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const { startEmbeddedPostgres } = require(
    join(ROOT, 'apps/api/dist/database/embedded-postgres.js'),
  );
  const handle = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'jcc-web-e2e-')),
    database: 'jcc_e2e',
    persistent: false,
    log,
  });
  log('embedded Postgres (throw-away)');
  return { url: handle.url, drop: () => handle.stop() };
}

/** The running platform's database, for test helpers that stand in for a mailed link. */
let platformDatabaseUrl = null;

/** Marks an address confirmed, as opening the link of the sign-up mail does. */
export async function markEmailVerified(email) {
  if (!platformDatabaseUrl) {
    throw new Error('markEmailVerified: no platform started');
  }
  const { Client } = require('pg');
  const client = new Client({ connectionString: platformDatabaseUrl });
  await client.connect();
  try {
    await client.query(
      'UPDATE users SET email_verified_at = now() WHERE lower(email) = lower($1)',
      [email],
    );
  } finally {
    await client.end();
  }
}

export async function startPlatform(log = () => undefined) {
  const database = await createDatabase(log);
  platformDatabaseUrl = database.url;
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'true',
    // Every browser signs in from 127.0.0.1; the per-IP login limit is for the real world.
    LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    REDIS_URL: '',
    // Documents on a throw-away folder, not the checkout's .data/files.
    FILES_DIR: mkdtempSync(join(tmpdir(), 'jcc-e2e-files-')),
  };
  // As `npm start` does: the seed tool's start-up hook adds the demo firms and logins first.
  const demo = spawnSync(process.execPath, [join(ROOT, 'tools/seed/dist/demo.js')], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (demo.status !== 0) {
    await database.drop().catch(() => undefined);
    throw new Error(`The demo data hook failed:\n${demo.stdout}${demo.stderr}`);
  }
  const child = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) {
      await database.drop().catch(() => undefined);
      throw new Error(`The API exited early:\n${output}`);
    }
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      break;
    }
    if (Date.now() - started > 90_000) {
      child.kill('SIGKILL');
      throw new Error(`The API did not answer within 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log(`API (pid ${child.pid}) on ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return {
    baseUrl,
    databaseUrl: database.url,
    pid: child.pid,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(child.pid, 'SIGTERM');
        const timer = setTimeout(
          () => child.exitCode === null && process.kill(child.pid, 'SIGKILL'),
          10_000,
        );
        await exited;
        clearTimeout(timer);
      }
      await database.drop().catch((error) => log(`could not drop the database: ${error.message}`));
    },
  };
}
