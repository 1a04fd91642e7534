import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { hash } from '@node-rs/argon2';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Pool } from 'pg';
import type { MatchProfile } from '@jcc/matching';
import { createApp } from '../../src/app.factory';
import { PASSWORD_HASH_OPTIONS } from '../../src/modules/auth/password-hasher';
import { benchEnvironment } from '../bench-environment';

/** A firm of the sample, with the bearer token of a member who owns it. */
export interface BenchViewer {
  profile: MatchProfile;
  token: string;
}

/** `count` matchable firms picked at random (the same ones for the same seed). */
export async function pickFirms(pool: Pool, count: number, seed: number): Promise<MatchProfile[]> {
  const { rows } = await pool.query<MatchProfile>(
    `SELECT id, country, sectors, offers_hs AS "offersHs", seeks_hs AS "seeksHs",
       partnership_types AS "partnershipTypes", jv_sectors AS "jvSectors", size_band AS "sizeBand",
       languages, verification
     FROM companies WHERE verification <> 'rejected'
     ORDER BY md5(id::text || $1) LIMIT $2`,
    [String(seed), count],
  );
  return rows;
}

/** One member per firm, written straight to the database with one argon2 hash for all. */
export async function createMembers(
  pool: Pool,
  firms: readonly MatchProfile[],
  password: string,
): Promise<string[]> {
  const passwordHash = await hash(password, PASSWORD_HASH_OPTIONS);
  const run = randomBytes(4).toString('hex');
  const { rows } = await pool.query<{ email: string }>(
    `INSERT INTO users (email, password_hash, full_name, role, locale, company_id)
     SELECT 'bench-' || $3 || '-' || n || '@example.test', $1, 'Bench Member ' || n, 'member', 'en', id
     FROM unnest($2::uuid[]) WITH ORDINALITY AS firm (id, n)
     ORDER BY n
     RETURNING email`,
    [passwordHash, firms.map((firm) => firm.id), run],
  );
  return rows.map((row) => row.email);
}

/** The real application on the scratch database, on a free loopback port. */
export async function startApp(
  databaseUrl: string,
): Promise<{ app: NestFastifyApplication; url: string }> {
  const secret = randomBytes(32).toString('base64url');
  const app = await createApp({
    env: benchEnvironment({
      JWT_SECRET: secret,
      JWT_ACCESS_TTL_SECONDS: '3600',
      // 200 sign-ins from one address in a few seconds are the bench, not an attack.
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
    }),
    databaseUrl,
    jwtSecret: secret,
    allowedOrigins: [],
    webDistDir: null,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

/** Signs each member in through POST /api/auth/login, a few at a time. */
export async function signIn(
  url: string,
  emails: readonly string[],
  password: string,
): Promise<string[]> {
  const tokens: string[] = [];
  for (let start = 0; start < emails.length; start += 8) {
    const batch = emails.slice(start, start + 8).map(async (email) => {
      const response = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (!response.ok) {
        throw new Error(`login of ${email} answered ${response.status}`);
      }
      return ((await response.json()) as { accessToken: string }).accessToken;
    });
    tokens.push(...(await Promise.all(batch)));
  }
  return tokens;
}
