import { spawn } from 'node:child_process';
import { pgBinary } from './pg-binaries';

/** pg_dump in custom format (compressed, restorable table by table with pg_restore). */
export function backupDatabase(databaseUrl: string, file: string): Promise<void> {
  return run(pgBinary('pg_dump'), [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${file}`,
    `--dbname=${databaseUrl}`,
  ]);
}

/**
 * pg_restore into an existing (normally empty) database. `--clean --if-exists` replaces what a
 * previous restore left; one transaction so that a failed restore leaves nothing half-done.
 */
export function restoreDatabase(databaseUrl: string, file: string): Promise<void> {
  return run(pgBinary('pg_restore'), [
    '--no-owner',
    '--no-privileges',
    '--clean',
    '--if-exists',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${databaseUrl}`,
    file,
  ]);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} exited with ${code}: ${stderr.trim().slice(0, 2000)}`)),
    );
  });
}
