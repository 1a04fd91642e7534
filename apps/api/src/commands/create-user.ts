import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { hash } from '@node-rs/argon2';
import { createToolPool } from '../database/tool-pool';
import { PASSWORD_HASH_OPTIONS } from '../modules/auth/password-hasher';
import { runWithDatabase } from './run-with-database';

/**
 * npm run user:create -- --email … --role staff|admin [--password …] [--name …]
 * Staff and admin accounts are made only here or by an admin; without --password one is generated
 * and printed once.
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
    name: { type: 'string' },
  },
});
const problems: string[] = [];
if (!values.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) {
  problems.push('--email must be an e-mail address');
}
if (values.role !== 'staff' && values.role !== 'admin') {
  problems.push('--role must be staff or admin');
}
if (
  values.password !== undefined &&
  (values.password.length < 10 || values.password.length > 128)
) {
  problems.push('--password must be 10–128 characters');
}
if (problems.length > 0) {
  process.stderr.write(
    `${problems.join('\n')}\nUsage: npm run user:create -- --email a@b.c --role staff|admin [--password …]\n`,
  );
  process.exit(2);
}

void runWithDatabase(async (databaseUrl) => {
  const password = values.password ?? randomBytes(15).toString('base64url');
  const pool = createToolPool(databaseUrl, 1);
  try {
    const result = await pool.query(
      `INSERT INTO users (email, password_hash, full_name, role, locale)
       VALUES (lower($1), $2, $3, $4, 'en') ON CONFLICT (lower(email)) DO NOTHING RETURNING id`,
      [
        values.email,
        await hash(password, PASSWORD_HASH_OPTIONS),
        values.name ?? values.email,
        values.role,
      ],
    );
    if (result.rowCount === 0) {
      process.stderr.write(`An account with ${values.email} already exists\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`Created ${values.role} ${values.email}\n`);
    if (!values.password) {
      process.stdout.write(`Password (shown once): ${password}\n`);
    }
  } finally {
    await pool.end();
  }
});
