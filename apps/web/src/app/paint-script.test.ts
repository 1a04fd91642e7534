import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  captureSnapshot,
  saveSnapshot,
  SNAPSHOT_PREFIX,
  type PageSnapshot,
} from '@/lib/page-snapshot';
import { aSnapshot } from '@/testing/msw/fixtures';
import html from '../../index.html?raw';

/**
 * index.html's paint script (the inline script right after #root) paints a returning visitor's
 * snapshot of the page (lib/page-snapshot) before the app's JavaScript has run, or removes the
 * prerendered markup where it must not show. Run here as the browser runs it, after the head's
 * boot script, against a #root like the one the server sends.
 */
const [bootScript, paintScript] = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
  (match) => match[1],
);
const CHUNKS = { pages: { dashboard: ['assets/dashboard-1.js'] }, texts: { en: [] }, data: {} };

function run(script: string) {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- index.html's own script, run as the browser runs it
  new Function(script)();
}

function visit({
  path,
  refreshToken = 'r1',
  landing = false,
}: {
  path: string;
  refreshToken?: string | null;
  landing?: boolean;
}) {
  const page = document.documentElement;
  page.removeAttribute('data-prerender');
  page.removeAttribute('data-signed-in');
  page.removeAttribute('data-snapshot');
  if (refreshToken) {
    localStorage.setItem('jcc.refreshToken', refreshToken);
  }
  window.history.replaceState(null, '', path);
  run(bootScript.replace('var chunks = null;', `var chunks = ${JSON.stringify(CHUNKS)};`));
  document.body.innerHTML = `<div id="root">${landing ? '<div data-prerendered="/"><h1>Landing</h1></div>' : ''}</div>`;
  run(paintScript);
  return document.getElementById('root') as HTMLElement;
}

function keep(overrides: Partial<PageSnapshot> = {}): void {
  const snapshot = aSnapshot(overrides);
  localStorage.setItem(SNAPSHOT_PREFIX + snapshot.path, JSON.stringify(snapshot));
}

const preloaded = () =>
  [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) =>
    link.getAttribute('href'),
  );

describe('index.html paint script', () => {
  beforeEach(async () => {
    // An earlier test's painted snapshot starts its preloads a frame later: let them run first.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    document.head.querySelectorAll('link[rel="modulepreload"]').forEach((link) => link.remove());
    localStorage.clear();
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('{}', { status: 401 }));
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
  });
  afterEach(() => {
    document.head.querySelectorAll('link[rel="modulepreload"]').forEach((link) => link.remove());
    delete window.jccEarlyRefresh;
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it("paints the member's snapshot of the page at once, inert, and says which", () => {
    keep();
    const root = visit({ path: '/dashboard' });
    const painted = root.querySelector('[data-prerendered="snapshot"]');
    expect(painted?.hasAttribute('inert')).toBe(true);
    expect(painted?.getAttribute('aria-hidden')).toBe('true');
    expect(painted?.querySelector('h1')?.textContent).toBe('Your matches');
    expect(document.documentElement.getAttribute('data-snapshot')).toBe('/dashboard');
  });

  it('finds it with or without a trailing slash', () => {
    keep();
    expect(visit({ path: '/dashboard/' }).textContent).toContain('Your matches');
  });

  it('paints nothing kept in another language, signed-in state, version or over a week ago', () => {
    const cases: [Partial<PageSnapshot>, string | null][] = [
      [{ lang: 'ur' }, 'r1'],
      [{}, null],
      [{ signedIn: false, userId: null }, 'r1'],
      [{ savedAt: new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString() }, 'r1'],
      [{ v: 2 as 1 }, 'r1'],
    ];
    for (const [overrides, refreshToken] of cases) {
      localStorage.clear();
      keep(overrides);
      const root = visit({ path: '/dashboard', refreshToken });
      expect(root.innerHTML).toBe('');
      expect(document.documentElement.hasAttribute('data-snapshot')).toBe(false);
    }
  });

  it('survives a snapshot that is not JSON', () => {
    localStorage.setItem(`${SNAPSHOT_PREFIX}/dashboard`, '{not json');
    expect(visit({ path: '/dashboard' }).innerHTML).toBe('');
  });

  it('removes prerendered markup that must not show, keeps it where it may', () => {
    expect(visit({ path: '/messages/abc', landing: true }).innerHTML).toBe('');
    expect(visit({ path: '/', refreshToken: null, landing: true }).textContent).toBe('Landing');
  });

  it("starts the page's preloads after painting a snapshot, without one once the session's refresh answered", async () => {
    keep();
    visit({ path: '/dashboard' });
    expect(preloaded()).toEqual([]);
    await vi.waitFor(() => expect(preloaded()).toEqual(['/assets/dashboard-1.js']));

    localStorage.removeItem(`${SNAPSHOT_PREFIX}/dashboard`);
    document.head.querySelectorAll('link[rel="modulepreload"]').forEach((link) => link.remove());
    visit({ path: '/dashboard' });
    await vi.waitFor(() => expect(preloaded()).toEqual(['/assets/dashboard-1.js']));
  });

  it('paints what the app kept (lib/page-snapshot): the two sides agree on key and shape', () => {
    const page = document.createElement('div');
    page.innerHTML = '<main><h1>Conversation</h1><textarea>a draft</textarea></main>';
    const queryClient = new QueryClient();
    queryClient.setQueryData(['conversation'], 'answer');
    const observer = new QueryObserver(queryClient, {
      queryKey: ['conversation'],
      queryFn: () => 'answer',
      staleTime: Infinity,
    });
    const unsubscribe = observer.subscribe(() => undefined);
    const snapshot = captureSnapshot(page, queryClient, {
      pathname: '/messages/c1',
      lang: 'en',
      userId: 'u1',
    });
    unsubscribe();
    expect(snapshot && saveSnapshot(snapshot)).toBe(true);

    const root = visit({ path: '/messages/c1' });
    expect(root.querySelector('h1')?.textContent).toBe('Conversation');
    expect(root.querySelector('textarea')?.textContent).toBe('');
  });
});
