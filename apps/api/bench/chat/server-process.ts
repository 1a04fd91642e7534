import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ServerReady, ServerMessage, ServerStart } from './bench-protocol';

export interface RunningServer {
  ready: ServerReady;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

/** Starts `app-server.js` or `bare-server.js` (beside this file) in a child process. */
export function startServer(
  script: 'app-server' | 'bare-server',
  start: ServerStart,
): Promise<RunningServer> {
  const child = fork(join(__dirname, `${script}.js`), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited early (code ${String(code)})`));
    });
    child.once('message', (message: ServerMessage) => {
      clearTimeout(timer);
      if (message.type === 'failed') {
        child.kill('SIGKILL');
        reject(new Error(`${script} failed: ${message.error}`));
        return;
      }
      resolve({ ready: message, stop: () => stop(child) });
    });
    child.send(start);
  });
}

/** Asks the child to close, and kills it (by its own pid) if it does not within 10 s. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send({ type: 'stop' });
  });
}
