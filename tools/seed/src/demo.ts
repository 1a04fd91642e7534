import 'reflect-metadata';
import { runWithDatabase } from '@jcc/api/tooling';
import { seedDemoDataIfEmpty } from './demo-data';

/**
 * `npm start`'s start-up hook, run before the server: on an empty database (and unless
 * SEED_DEMO_DATA=false or NODE_ENV=production) adds the demo firms and prints the demo logins.
 * The server itself knows nothing of demo data, so none of this is in its bundle.
 */
void runWithDatabase(async (databaseUrl, env) => {
  if (!env.SEED_DEMO_DATA || env.NODE_ENV === 'production') {
    return;
  }
  await seedDemoDataIfEmpty(databaseUrl, (line) => process.stdout.write(`${line}\n`));
});
