// Browser tests against the real platform: builds it (unless E2E_SKIP_BUILD=1), starts it on a
// fresh database, runs the scenarios in Debian's headless Chromium, stops the server by its PID.
//   npm run test:e2e -w @jcc/web                 all scenarios
//   E2E_ONLY="(b),(d)" npm run test:e2e -w @jcc/web   only the scenarios whose names contain these
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  ARTIFACTS,
  findBrowser,
  launchBrowser,
  prepareArtifacts,
  screenshot,
} from './lib/browser.mjs';
import { ROOT, startPlatform } from './lib/server.mjs';
import { scenarios } from './scenarios/index.mjs';

const log = (line) => console.log(`[e2e] ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();

// A new machine may have only Node.js: say why the browser tests do not run rather than fail
// `npm test` there. CI installs Debian's chromium first, and there a missing browser is an error.
if (!findBrowser()) {
  const reason =
    'no Chromium found (/usr/bin/chromium or CHROMIUM_PATH); install it with ' +
    '`apt-get install -y chromium` (Debian/Ubuntu) to run the browser tests';
  if (process.env.CI) {
    log(`error: ${reason}`);
    process.exit(1);
  }
  log(`browser tests skipped: ${reason}`);
  process.exit(0);
}

if (process.env.E2E_SKIP_BUILD !== '1') {
  log('building (npm run build)…');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    process.exit(build.status ?? 1);
  }
}

prepareArtifacts();
const platform = await startPlatform(log);
const browser = await launchBrowser();
const shared = { baseUrl: platform.baseUrl, databaseUrl: platform.databaseUrl, browser };
const results = [];
const only = process.env.E2E_ONLY;

try {
  for (const scenario of scenarios) {
    if (only && !only.split(',').some((part) => scenario.name.includes(part))) {
      continue;
    }
    const scenarioStart = Date.now();
    const pages = [];
    try {
      await scenario.run({ ...shared, shared, track: (page) => pages.push(page), log });
      results.push({ name: scenario.name, ok: true, ms: Date.now() - scenarioStart });
      log(`✓ ${scenario.name} (${seconds(Date.now() - scenarioStart)})`);
    } catch (error) {
      results.push({ name: scenario.name, ok: false, ms: Date.now() - scenarioStart, error });
      log(`✗ ${scenario.name} (${seconds(Date.now() - scenarioStart)})\n${error.stack ?? error}`);
      for (const [index, page] of pages.entries()) {
        await screenshot(page, `FAILED-${scenario.id}-${index}`).catch(() => undefined);
      }
    }
  }
} finally {
  await browser.close().catch(() => undefined);
  await platform.stop();
  log(`server (pid ${platform.pid}) stopped`);
}

const failed = results.filter((result) => !result.ok);
writeFileSync(
  join(ARTIFACTS, 'results.json'),
  JSON.stringify(
    results.map(({ error, ...rest }) => ({ ...rest, error: error?.message })),
    null,
    2,
  ),
);
if (failed.length > 0) {
  writeFileSync(join(ARTIFACTS, 'server.log'), platform.output());
}
log(`screenshots in ${join(ARTIFACTS, 'screenshots')}; total ${seconds(Date.now() - started)}`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length > 0 || results.length === 0 ? 1 : 0);
