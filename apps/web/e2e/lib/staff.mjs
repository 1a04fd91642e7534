/* global fetch */
// Chamber staff for the browser tests: the demo staff account the server seeds, an admin made
// with the CLI (`npm run user:create`), API shortcuts for what a scenario sets up, and downloads.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { login, uniqueEmail } from './browser.mjs';
import { ROOT } from './server.mjs';

export const DEMO_STAFF = { email: 'staff@demo.jcc', password: 'demo-password-2026' };
const ADMIN_PASSWORD = 'e2e-admin-password-2026';

export function staffLogin(baseUrl) {
  return login(baseUrl, DEMO_STAFF.email, DEMO_STAFF.password);
}

/** An admin account, made the way the chamber makes one: the CLI on the server. */
export async function createAdmin(baseUrl, databaseUrl) {
  const email = uniqueEmail('admin');
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'apps/api/dist/commands/create-user.js'),
      '--email',
      email,
      '--role',
      'admin',
      '--password',
      ADMIN_PASSWORD,
      '--name',
      'E2E Admin',
    ],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`user:create failed: ${result.stderr}${result.stdout}`);
  }
  return login(baseUrl, email, ADMIN_PASSWORD);
}

/** Staff verify a firm, as they would from the queue: only verified firms may contact others. */
export async function verifyFirm(baseUrl, companyId) {
  const staff = await staffLogin(baseUrl);
  await api(baseUrl, 'POST', `/api/companies/${companyId}/verification`, staff.accessToken, {
    status: 'verified',
  });
}

export async function api(baseUrl, method, path, token, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} → ${response.status} ${text}`);
  }
  return text ? JSON.parse(text) : null;
}

/** Clicks what starts a download and returns the downloaded file's bytes and name. */
export async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}
