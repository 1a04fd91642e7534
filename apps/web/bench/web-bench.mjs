/* global window, localStorage, performance, PerformanceObserver, URL */
// `npm run bench:web`: the built platform (started as the browser tests start it: a scratch
// database, 127.0.0.1) visited by Debian's Chromium at phone size over a slow-4G profile with a
// 4× slower CPU, cold and warm cache, for the landing page, the directory, a signed-in member's
// matches and a conversation. Prints LCP, bytes the server sent and requests per visit.
//   npm run bench:web                       builds first
//   npm run bench:web -- --runs 5           each cold/warm pair 5 times (default 3), medians shown
//   BENCH_SKIP_BUILD=1 node apps/web/bench/web-bench.mjs
//   npm run bench:web -- --runs 1 --trace   also prints each visit's waterfall and long tasks
// On a shared machine LCP mostly measures the wait for a CPU: the load average is printed at the
// start and the end, with a warning when it exceeds the core count (figures then not comparable).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

import { chromium } from 'playwright-core';

import { ROOT, startPlatform } from '../e2e/lib/server.mjs';
import { createBenchWorld } from './bench-world.mjs';
import { startByteCounter } from './byte-counter.mjs';
import { recordLongTasks, watchRequests } from './waterfall.mjs';

const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
// BENCH_CPU_SLOWDOWN=1 separates what the network costs from what the CPU costs.
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 4);
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true };
const GOALS = { coldLcp: 2500, warmLcp: 1000, landingColdKb: 300 };
const log = (line) => console.log(`[bench:web] ${line}`);

function runsOption() {
  const at = process.argv.indexOf('--runs');
  const text = at >= 0 ? process.argv[at + 1] : (process.env.BENCH_RUNS ?? '3');
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
    log(`--runs must be a whole number from 1 to 20, not ${text}`);
    process.exit(1);
  }
  return runs;
}
const RUNS = runsOption();
const TRACE = process.argv.includes('--trace');
const CORES = availableParallelism();
/** The 1-minute load average, and a warning when other work competes for the CPUs. */
function loadNote(when) {
  const [one, five, fifteen] = loadavg();
  const text = `load average at ${when}: ${one.toFixed(1)} ${five.toFixed(1)} ${fifteen.toFixed(1)} (${CORES} cores)`;
  log(text);
  if (one > CORES) {
    log(
      `WARNING: load average ${one.toFixed(1)} exceeds the ${CORES} cores: LCP and FCP measure ` +
        'the wait for a CPU as much as the page; bytes and requests are unaffected',
    );
  }
  return { one, text };
}
const loadAtStart = loadNote('start');

const browserPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (path) => path && existsSync(path),
);
if (!browserPath) {
  log('no Chromium found (/usr/bin/chromium or CHROMIUM_PATH): `apt-get install -y chromium`');
  process.exit(1);
}
if (process.env.BENCH_SKIP_BUILD !== '1') {
  log('building (npm run build)…');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    process.exit(build.status ?? 1);
  }
}

const platform = await startPlatform(log);
const counter = await startByteCounter(Number(new URL(platform.baseUrl).port));
const baseUrl = `http://127.0.0.1:${counter.port}`;
const browser = await chromium.launch({
  executablePath: browserPath,
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

/** One navigation with a fresh page: waits until the network is quiet, then reads the figures. */
async function visit(context, path) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const requests = { sent: 0, cached: 0 };
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!event.request.url.startsWith('data:')) {
      requests.sent += 1;
    }
  });
  const waterfall = TRACE ? watchRequests(cdp) : null;
  cdp.on('Network.requestServedFromCache', () => (requests.cached += 1));
  cdp.on('Network.responseReceived', (event) => {
    if (event.response.fromServiceWorker) {
      requests.cached += 1;
    }
  });
  counter.take();
  await page.goto(path, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  // On a busy machine the first frame may be presented well after the network went quiet.
  await page
    .waitForFunction(() => window.__lcp !== null, null, { timeout: 60_000 })
    .catch(() => undefined);
  await page.waitForTimeout(1500);
  const { lcp, fcp, longTasks, lcpElement } = await page.evaluate(() => ({
    lcp: window.__lcp,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    longTasks: window.__longTasks,
    lcpElement: window.__lcpElement,
  }));
  if (waterfall) {
    log(
      `${path}: LCP ${lcp === null ? 'none' : Math.round(lcp)} ms, FCP ${Math.round(fcp ?? -1)} ms`,
    );
    waterfall.print(log, { longTasks, lcpElement });
  }
  const bytes = counter.take();
  await cdp.detach();
  // The member leaves the page (as by a link or the address bar) rather than the browser killing
  // its tab: what the page does when it is left (it keeps a snapshot of itself, lib/page-snapshot)
  // runs then, on the throttled CPU, in the page's own process after the next page has
  // committed: a second for it before the tab closes.
  await page.goto('about:blank');
  await page.waitForTimeout(1000);
  await page.close();
  return {
    lcp,
    fcp,
    kb: bytes / 1024,
    network: requests.sent - requests.cached,
    all: requests.sent,
  };
}

async function measure(name, path, refreshToken) {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-US', ...PHONE });
  if (TRACE) {
    await recordLongTasks(context);
  }
  await context.addInitScript(() => {
    window.__lcp = null;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__lcp = entry.startTime;
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  if (refreshToken) {
    // Only the first page gets it: later visits must keep the rotated token the app stored.
    await context.addInitScript((token) => {
      if (!localStorage.getItem('jcc.refreshToken')) {
        localStorage.setItem('jcc.refreshToken', token);
      }
    }, refreshToken);
  }
  const cold = await visit(context, path);
  const warm = await visit(context, path);
  await context.close();
  return [
    { name, cache: 'cold', ...cold },
    { name, cache: 'warm', ...warm },
  ];
}

const seconds = (ms) => (ms === null ? 'none' : `${(ms / 1000).toFixed(2)} s`);
/** The median of the runs' figures (an LCP never seen counts as the worst). */
function median(values) {
  const sorted = values
    .map((value) => (value === null ? Number.POSITIVE_INFINITY : value))
    .sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const value =
    sorted.length % 2 === 1
      ? sorted[Math.floor(middle)]
      : (sorted[middle - 1] + sorted[middle]) / 2;
  return Number.isFinite(value) ? value : null;
}
function medianRow(runs) {
  const pick = (key) => median(runs.map((run) => run[key]));
  const lcps = runs.map((run) => run.lcp ?? Number.POSITIVE_INFINITY);
  return {
    name: runs[0].name,
    cache: runs[0].cache,
    lcp: pick('lcp'),
    lcpRange: [Math.min(...lcps), Math.max(...lcps)],
    fcp: pick('fcp'),
    kb: pick('kb'),
    network: pick('network'),
    all: pick('all'),
  };
}

const rows = [];
// BENCH_PAGES=landing,directory measures only those (names: landing, directory, matches, conversation).
const only = process.env.BENCH_PAGES?.split(',');
const wanted = (name) => !only || only.some((part) => name.startsWith(part));
try {
  const world = await createBenchWorld(platform.baseUrl);
  const pages = [
    ['landing /', '/', null],
    ['directory /directory', '/directory', null],
    ['matches /dashboard', '/dashboard', world.memberRefreshToken],
    ['conversation /messages/:id', `/messages/${world.conversationId}`, world.memberRefreshToken],
  ];
  for (const [name, path, token] of pages.filter(([name]) => wanted(name))) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      // A fresh context (an empty cache) per run; a signed-in run needs a fresh login.
      runs.push(await measure(name, path, token ? await token() : null));
      log(
        `${name} run ${run + 1}/${RUNS}: LCP ${runs
          .at(-1)
          .map((row) => seconds(row.lcp))
          .join(' cold, ')} warm`,
      );
    }
    rows.push(medianRow(runs.map((pair) => pair[0])), medianRow(runs.map((pair) => pair[1])));
  }
} finally {
  await browser.close().catch(() => undefined);
  await counter.stop();
  await platform.stop();
}

const misses = [];
const loadAtEnd = loadNote('end');
const range = ([low, high]) =>
  `${Number.isFinite(low) ? (low / 1000).toFixed(2) : 'none'}–${Number.isFinite(high) ? (high / 1000).toFixed(2) : 'none'}`;
console.log(
  `\n${new Date().toISOString().slice(0, 10)}. Phone 390×844, slow 4G (1.6 Mbit/s, 150 ms RTT), ` +
    `CPU ×${CPU_SLOWDOWN}; median of ${RUNS} run(s); ${loadAtStart.text.replace('at start', 'at the start')}, ` +
    `${loadAtEnd.text.replace('load average at end', 'at the end')}\n`,
);
console.log(
  '| page | cache | LCP (median) | LCP (range) | FCP (median) | transferred | requests (network / all) |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  const lcp = seconds(row.lcp);
  console.log(
    `| ${row.name} | ${row.cache} | ${lcp} | ${range(row.lcpRange)} s | ${seconds(row.fcp)} | ${row.kb.toFixed(0)} KB | ${row.network} / ${row.all} |`,
  );
  const lcpGoal = row.cache === 'cold' ? GOALS.coldLcp : GOALS.warmLcp;
  if (row.lcp === null || row.lcp > lcpGoal) {
    misses.push(`${row.name} ${row.cache}: LCP over ${lcpGoal / 1000} s`);
  }
  if (row.name.startsWith('landing') && row.cache === 'cold' && row.kb > GOALS.landingColdKb) {
    misses.push(`landing cold: ${row.kb.toFixed(0)} KB over ${GOALS.landingColdKb} KB`);
  }
}
console.log(misses.length ? `\nGoals missed:\n  ${misses.join('\n  ')}` : '\nAll goals met.');
if (Math.max(loadAtStart.one, loadAtEnd.one) > CORES) {
  console.log(
    `\nWARNING: the load average exceeded the ${CORES} cores during this run: the LCP and FCP ` +
      'figures above are not comparable with a quiet machine.',
  );
}
