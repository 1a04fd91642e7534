import { fork } from 'node:child_process';
import { join } from 'node:path';
import { stopChild } from '../support/child-processes';

export interface BareServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts bare-api-server.js (beside this file) in a process of its own. */
export function startBareServer(databaseUrl: string, jwtSecret: string): Promise<BareServer> {
  const child = fork(join(__dirname, 'bare-api-server.js'), [], {
    env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the bare server did not start within 60 s'));
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bare server exited early (code ${String(code)})`));
    });
    child.once('message', (message: { url?: string; error?: string }) => {
      clearTimeout(timer);
      if (!message.url) {
        child.kill('SIGKILL');
        reject(new Error(`the bare server failed: ${message.error ?? 'no reason'}`));
        return;
      }
      resolve({ url: message.url, stop: () => stopChild(child) });
    });
  });
}
