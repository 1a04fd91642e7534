/* global document, window, localStorage, fetch */
// Debian's Chromium driven by playwright-core (no browser download), helpers shared by the
// scenarios: API shortcuts to set up firms, signing a page in, axe checks and screenshots.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { markEmailVerified, ROOT } from './server.mjs';

const require = createRequire(join(ROOT, 'apps/web/package.json'));
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'web');

/**
 * Empties the screenshot folder at the start of a run (run.mjs calls it once). Importing this
 * file no longer does: a script or a single scenario that imports the helpers must not delete
 * what an earlier run left, and the gallery (its own folder) is only replaced when it runs.
 */
export function prepareArtifacts() {
  rmSync(join(ARTIFACTS, 'screenshots'), { recursive: true, force: true });
  mkdirSync(join(ARTIFACTS, 'screenshots'), { recursive: true });
}

/** Where a system Chromium or Chrome usually lives; CHROMIUM_PATH overrides. Never downloaded. */
const BROWSER_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

export function findBrowser() {
  return BROWSER_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: findBrowser() ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The texts of the app, to find elements by what a person reads in each language. */
export function texts(language) {
  const load = (namespace) =>
    JSON.parse(
      readFileSync(join(ROOT, `apps/web/src/locales/${language}/${namespace}.json`), 'utf8'),
    );
  return { ...load('common'), taxonomy: load('taxonomy'), firstweek: load('firstweek') };
}

export async function newPage(
  browser,
  baseUrl,
  { locale = 'en-US', width = 1280, height = 860 } = {},
) {
  // bypassCSP: axe is injected as a script, which the API's CSP (script-src 'self') forbids.
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale,
    viewport: { width, height },
    bypassCSP: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of (401|404|409)/.test(message.text())) {
      // The address says which call failed ("Failed to load resource" alone does not).
      const where = message.location()?.url;
      problems.push(`console: ${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  return { context, page, problems };
}

// ------------------------------------------------------------------------------------------
// The API, for setting up what a scenario does not test through the pages.

async function call(baseUrl, method, path, body, token) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
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

let counter = 0;
export function uniqueEmail(tag) {
  counter += 1;
  return `${tag}-${Date.now()}-${counter}@e2e.test`;
}

export const PASSWORD = 'e2e-password-2026';

/** A member with a firm, made through the API. */
export async function createFirm(
  baseUrl,
  { country, name, locale = 'en', sectors, offersHs, seeksHs },
) {
  const email = uniqueEmail(country.toLowerCase());
  const auth = await call(baseUrl, 'POST', '/api/auth/register', {
    email,
    password: PASSWORD,
    fullName: `${name} Manager`,
    locale,
  });
  // The firm reaches the review queue only once its owner's address is confirmed.
  await markEmailVerified(email);
  const company = await call(
    baseUrl,
    'POST',
    '/api/companies',
    {
      name,
      country,
      city: country === 'AZ' ? 'Baku' : 'Faisalabad',
      sectors,
      offersHs,
      seeksHs,
      partnershipTypes: ['import', 'distribution'],
      sizeBand: 'medium',
      languages: ['en', 'ru'],
      description: `${name} — e2e test firm.`,
    },
    auth.accessToken,
  );
  return { ...auth, email, company };
}

export async function createUser(baseUrl, locale = 'en') {
  const email = uniqueEmail('user');
  const auth = await call(baseUrl, 'POST', '/api/auth/register', {
    email,
    password: PASSWORD,
    fullName: 'Test User',
    locale,
  });
  return { ...auth, email };
}

/**
 * Waits until the React app has rendered: index.html's prerendered landing page (in #root, under
 * [data-prerendered]) is static markup, and the app replaces it only after the first paint.
 */
export async function appStarted(page) {
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-prerendered]') &&
      (document.getElementById('root')?.childElementCount ?? 0) > 0,
  );
}

/**
 * Opens the sign-in page and stores a refresh token for the next page load. The app starts after
 * the first paint: only once it has rendered has its session been read as signed out. A token
 * stored before that would be spent by this page as well as the next one, and a refresh token
 * presented twice revokes the whole login.
 */
export async function storeRefreshToken(page, refreshToken) {
  await page.goto('/sign-in');
  await appStarted(page);
  await page.evaluate((token) => localStorage.setItem('jcc.refreshToken', token), refreshToken);
}

/** Signs a page in with a refresh token, the way a returning visitor's tab starts. */
export async function signInWithToken(page, refreshToken, path = '/') {
  await storeRefreshToken(page, refreshToken);
  await page.goto(path);
  // Wait until the session is restored: leaving the page while the refresh call is on its way
  // would spend the refresh token without keeping its successor.
  await page.getByTestId('sign-out').waitFor();
}

// ------------------------------------------------------------------------------------------

/** Waits until no loader or "Loading…" status is on screen. */
export async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page
    .waitForFunction(
      () =>
        !document.querySelector('[role="status"] .mantine-Loader-root, main .mantine-Loader-root'),
      null,
      {
        timeout: 10_000,
      },
    )
    .catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
}

/** axe-core on the page: every violation, whatever its impact (minor ones too), described. */
export async function axeProblems(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  const result = await page.evaluate(async () =>
    window.axe.run(document, { resultTypes: ['violations'] }),
  );
  return result.violations.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

export async function screenshot(page, name) {
  mkdirSync(join(ARTIFACTS, 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'screenshots', `${name}.png`), fullPage: true });
}

/** A fresh refresh token for an existing account (refresh tokens are spent on use). */
export async function login(baseUrl, email, password = PASSWORD) {
  return call(baseUrl, 'POST', '/api/auth/login', { email, password });
}
