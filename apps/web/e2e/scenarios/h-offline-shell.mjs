/* global caches, fetch, navigator, performance, URL */
// (h) After one visit the service worker keeps the app shell: offline, a reload still shows the
// page (brand, navigation, the landing text) from the cache, while the API is out of reach.
import { newPage, texts } from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';

const en = texts('en');

/** The /assets/ files this page loaded that the service worker has not cached yet. */
const uncachedAssets = (page) =>
  page.evaluate(async () => {
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).pathname.startsWith('/assets/'));
    const missing = [];
    for (const url of urls) {
      if (!(await caches.match(url))) {
        missing.push(url);
      }
    }
    return { loaded: urls.length, missing };
  });

export const offlineShell = {
  id: 'h',
  name: '(h) offline after a visit: the service worker still shows the app shell',
  async run({ browser, baseUrl, track }) {
    const { context, page, problems } = await newPage(browser, baseUrl, {
      width: 390,
      height: 844,
    });
    track(page);
    await page.goto('/');
    await page.getByRole('heading', { name: en.landing.title }).waitFor();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, {
      timeout: 30_000,
    });
    await eventually(
      () => uncachedAssets(page),
      ({ loaded, missing }) => {
        assert.ok(loaded > 0, 'the page loaded files from /assets/');
        assert.deepEqual(missing, []);
      },
      { timeout: 30_000, message: 'every loaded asset in the service worker cache' },
    );

    await context.setOffline(true);
    try {
      const api = await page.evaluate(() =>
        fetch('/api/health').then(
          () => 'reached',
          () => 'unreachable',
        ),
      );
      assert.equal(api, 'unreachable', 'the API is out of reach while offline');

      await page.reload();
      await page.getByTestId('brand').waitFor();
      await page.getByRole('heading', { name: en.landing.title }).waitFor();
      // The header's language switcher is part of the shell too.
      await page.getByRole('link', { name: en.auth.signIn }).waitFor();
    } finally {
      await context.setOffline(false);
    }
    // Offline failures of API calls are expected; nothing else may have gone wrong.
    const unexpected = problems.filter(
      (line) => !/Failed to fetch|ERR_INTERNET_DISCONNECTED|net::/.test(line),
    );
    assert.deepEqual(unexpected, []);
    await context.close();
  },
};
