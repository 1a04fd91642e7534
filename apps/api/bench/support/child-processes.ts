import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findFreePort } from '../../src/database/free-port';

/**
 * Real processes for the fault suite and the benches: the built API (`dist/main.js`, what production runs) and a
 * redis-server of the suite's own, so that stopping Redis never touches the machine's shared one.
 * Every wait here has a deadline and every stop ends in SIGKILL, so a stuck child cannot hang the
 * suite's teardown.
 */
/** apps/api, found upwards from here: this file runs from bench/ (Jest) and bench/dist/bench/. */
function apiRoot(): string {
  let dir = __dirname;
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readFileSync(manifest, 'utf8').includes('"name": "@jcc/api"')) {
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error('apps/api not found above ' + __dirname);
}

const MAIN_JS = join(apiRoot(), 'dist/main.js');

export interface ApiProcess {
  port: number;
  child: ChildProcess;
  /** Whether the process is still running (not exited, not killed). */
  alive(): boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Ends `child` (SIGTERM, SIGKILL after `graceMs`) and resolves once it has exited. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (!isRunning(child)) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts the built API on a free port and resolves once it logged that it is ready. */
export async function startApi(
  env: Record<string, string>,
  execArgv: string[] = [],
): Promise<ApiProcess> {
  const port = await findFreePort();
  const child = fork(MAIN_JS, [], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    execArgv,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('API did not start in 120 s'));
    }, 120_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`API exited early (${String(code)})`));
    };
    child.once('exit', onExit);
    const onData = (chunk: Buffer) => {
      if (chunk.toString().includes('Platform ready')) {
        clearTimeout(timer);
        child.off('exit', onExit);
        child.stdout?.off('data', onData);
        // Keep draining its output so that a full pipe never blocks the process.
        child.stdout?.resume();
        resolve();
      }
    };
    child.stdout?.on('data', onData);
  });
  return {
    port,
    child,
    alive: () => isRunning(child),
    stop: (graceMs) => stopChild(child, graceMs),
  };
}

export interface RedisServer {
  port: number;
  url: string;
  /** Kills it (SIGKILL: an outage, not a shutdown) and resolves once it has exited. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty (no persistence). */
  start(): Promise<void>;
}

/** A throwaway redis-server on a free loopback port: no snapshots, no append-only file. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await findFreePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    const started = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => {
        started.kill('SIGKILL');
        reject(new Error(`redis-server did not start in 15 s: ${output}`));
      }, 15_000);
      started.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${String(code)}): ${output}`));
      });
      started.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.stderr?.resume();
    });
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill: async () => {
      if (child) {
        const running = child;
        child = null;
        running.removeAllListeners('exit');
        if (isRunning(running)) {
          await new Promise<void>((resolve) => {
            running.once('exit', () => resolve());
            running.kill('SIGKILL');
          });
        }
      }
    },
    start,
  };
}
