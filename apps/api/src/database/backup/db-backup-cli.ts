import { backupDatabase, restoreDatabase } from './pg-backup';

const USAGE = `npm run db:backup -- <file.dump>     pg_dump (custom format) of DATABASE_URL
npm run db:restore -- <file.dump>    pg_restore of the file into DATABASE_URL (replaces its tables)`;

/** `db-backup-cli.js backup|restore <file>`, DATABASE_URL from the environment. */
async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if ((mode !== 'backup' && mode !== 'restore') || !file || !url) {
    process.stderr.write(`${url ? '' : 'DATABASE_URL is not set.\n'}${USAGE}\n`);
    process.exit(2);
  }
  const started = Date.now();
  await (mode === 'backup' ? backupDatabase(url, file) : restoreDatabase(url, file));
  process.stdout.write(`${mode} of ${file} done in ${Date.now() - started} ms\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
