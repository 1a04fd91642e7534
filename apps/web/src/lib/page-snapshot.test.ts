import { onlineManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  captureSnapshot,
  isSnapshotPage,
  restoreSnapshotAnswers,
  saveSnapshot,
  shownSnapshot,
  snapshotMarkup,
  snapshotPath,
  SNAPSHOT_PREFIX,
  type PageSnapshot,
} from './page-snapshot';
import { aSnapshot } from '@/testing/msw/fixtures';
import { session } from './session';

const clients: QueryClient[] = [];
const unsubscribes: (() => void)[] = [];

function newClient(): QueryClient {
  const client = new QueryClient();
  clients.push(client);
  return client;
}

/** An answer on screen: cached and observed, fresh for good, so the observer never fetches. */
function showAnswer(client: QueryClient, queryKey: string[], data: unknown): void {
  client.setQueryData(queryKey, data);
  const observer = new QueryObserver(client, {
    queryKey,
    queryFn: () => data,
    staleTime: Infinity,
  });
  unsubscribes.push(observer.subscribe(() => undefined));
}

function page(markup = '<main><h1>Your matches</h1></main>'): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
}

const context = { pathname: '/dashboard', lang: 'en', userId: 'u1' };

const snapshot = aSnapshot;

const snapshotKeys = () =>
  Object.keys(localStorage).filter((key) => key.startsWith(SNAPSHOT_PREFIX));

beforeEach(() => localStorage.clear());
afterEach(() => {
  unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe());
  clients.splice(0).forEach((client) => client.clear());
  document.documentElement.removeAttribute('data-snapshot');
  vi.useRealTimers();
  localStorage.clear();
});

describe('snapshot pages', () => {
  it('are the pages a member opens again and again, with or without a trailing slash', () => {
    for (const path of ['/dashboard', '/messages', '/messages/c1', '/directory', '/dashboard/']) {
      expect(isSnapshotPage(path), path).toBe(true);
    }
  });

  it('are not the landing page, sign-in, the account or staff pages', () => {
    for (const path of ['/', '/sign-in', '/account', '/staff/companies', '/messages/c1/more']) {
      expect(isSnapshotPage(path), path).toBe(false);
    }
  });

  it('are keyed by the path without its trailing slash, as the paint script looks them up', () => {
    expect(snapshotPath('/messages/c1/')).toBe('/messages/c1');
    expect(snapshotPath('/dashboard')).toBe('/dashboard');
    expect(snapshotPath('/')).toBe('/');
  });
});

describe('captureSnapshot', () => {
  it('keeps nothing of a page that is not a snapshot page', () => {
    const client = newClient();
    showAnswer(client, ['me'], { id: 'u1' });
    expect(captureSnapshot(page(), client, { ...context, pathname: '/account' })).toBeNull();
  });

  it('keeps nothing while #root still shows prerendered markup (or an earlier snapshot)', () => {
    const client = newClient();
    showAnswer(client, ['matches'], ['m1']);
    const painted = page('<div data-prerendered="snapshot"><h1>Your matches</h1></div>');
    expect(captureSnapshot(painted, client, context)).toBeNull();
  });

  it('keeps nothing while an answer the page waits for is still loading', () => {
    const client = newClient();
    showAnswer(client, ['matches'], ['m1']);
    const loading = new QueryObserver(client, {
      queryKey: ['counts'],
      queryFn: () => new Promise<never>(() => undefined),
    });
    unsubscribes.push(loading.subscribe(() => undefined));
    expect(client.getQueryState(['counts'])).toMatchObject({
      status: 'pending',
      fetchStatus: 'fetching',
    });
    expect(captureSnapshot(page(), client, context)).toBeNull();
  });

  it('keeps nothing while an answer waits for the connection (offline: pending, paused)', () => {
    const client = newClient();
    showAnswer(client, ['matches'], ['m1']);
    onlineManager.setOnline(false);
    try {
      const waiting = new QueryObserver(client, {
        queryKey: ['counts'],
        queryFn: () => Promise.resolve(1),
      });
      unsubscribes.push(waiting.subscribe(() => undefined));
      expect(client.getQueryState(['counts'])).toMatchObject({
        status: 'pending',
        fetchStatus: 'paused',
      });
      expect(captureSnapshot(page(), client, context)).toBeNull();
    } finally {
      onlineManager.setOnline(true);
    }
  });

  it('keeps nothing of a page showing an error', async () => {
    const client = newClient();
    showAnswer(client, ['matches'], ['m1']);
    const failing = new QueryObserver(client, {
      queryKey: ['counts'],
      queryFn: () => Promise.reject(new Error('offline')),
      retry: false,
    });
    unsubscribes.push(failing.subscribe(() => undefined));
    await vi.waitFor(() => expect(client.getQueryState(['counts'])?.status).toBe('error'));
    expect(captureSnapshot(page(), client, context)).toBeNull();
  });

  it('keeps nothing of a page that observes no query (not rendered from answers yet)', () => {
    const client = newClient();
    client.setQueryData(['matches'], ['m1']); // cached, but nobody on screen reads it
    expect(captureSnapshot(page(), client, context)).toBeNull();
  });

  it('keeps a settled page: its normalised path, language, user and markup', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-05-01T10:00:00.000Z'));
    const client = newClient();
    showAnswer(client, ['conversation', 'c1'], { id: 'c1' });
    const kept = captureSnapshot(page(), client, {
      pathname: '/messages/c1/',
      lang: 'az',
      userId: 'u1',
    });
    expect(kept).toMatchObject({
      v: 1,
      path: '/messages/c1',
      lang: 'az',
      signedIn: true,
      userId: 'u1',
      savedAt: '2025-05-01T10:00:00.000Z',
      html: '<main><h1>Your matches</h1></main>',
    });
  });

  it("never keeps a member's page for nobody (signed out, it only redirects to sign-in)", () => {
    const client = newClient();
    showAnswer(client, ['matches'], ['m1']);
    for (const pathname of ['/dashboard', '/messages/c1', '/meetings']) {
      expect(captureSnapshot(page(), client, { pathname, lang: 'en', userId: null })).toBeNull();
    }
    expect(
      captureSnapshot(page(), client, { pathname: '/opportunities', lang: 'en', userId: null }),
    ).not.toBeNull();
  });

  it('says nobody was signed in when there is no user', () => {
    const client = newClient();
    showAnswer(client, ['companies'], []);
    const kept = captureSnapshot(page(), client, {
      pathname: '/directory',
      lang: 'en',
      userId: null,
    });
    expect(kept).toMatchObject({ signedIn: false, userId: null });
  });

  it('keeps only the answers the page observes, not everything cached', () => {
    const client = newClient();
    showAnswer(client, ['matches'], ['m1']);
    client.setQueryData(['conversation', 'old'], { id: 'old' }); // another page's, unobserved
    const kept = captureSnapshot(page(), client, context);
    expect(kept?.queries.queries.map((query) => query.queryKey)).toEqual([['matches']]);
    expect(kept?.queries.queries[0]?.state.data).toEqual(['m1']);
  });
});

describe('snapshotMarkup', () => {
  it('never stores what the user was typing', () => {
    const root = page(
      '<form><input name="q" value="secret search" autofocus><textarea>a draft</textarea></form>',
    );
    const markup = page(snapshotMarkup(root));
    expect(markup.querySelector('input')?.hasAttribute('value')).toBe(false);
    expect(markup.querySelector('input')?.hasAttribute('autofocus')).toBe(false);
    expect(markup.querySelector('textarea')?.textContent).toBe('');
    expect(markup.innerHTML).not.toContain('secret search');
    expect(markup.innerHTML).not.toContain('a draft');
    // The page itself is left as it is.
    expect(root.querySelector('textarea')?.textContent).toBe('a draft');
  });

  describe('elements out of sight', () => {
    beforeEach(() => {
      vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(800);
      // jsdom lays nothing out: each element says where it is in `data-rect="top height"`, in
      // pixels from the top of the screen (elements without one are on screen).
      vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
        this: Element,
      ) {
        const [top, height] = (this.getAttribute('data-rect') ?? '0 20').split(' ').map(Number);
        return DOMRect.fromRect({ x: 0, y: top, width: 100, height });
      });
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    const kept = (markup: string) => {
      const copy = page(snapshotMarkup(page(markup)));
      return [...copy.querySelectorAll('[id]')].map((element) => element.id);
    };

    it('drops what is more than half a screen below it, keeps what is nearer', () => {
      expect(
        kept(
          '<p id="seen"></p><p id="near" data-rect="1100 50"></p><p id="far" data-rect="1300 50"></p>',
        ),
      ).toEqual(['seen', 'near']);
    });

    it('drops what was scrolled past above it', () => {
      expect(kept('<p id="above" data-rect="-200 190"></p><p id="seen"></p>')).toEqual(['seen']);
    });

    it('drops the content of a dropped element with it, even content that reports a visible box', () => {
      expect(
        kept(
          '<ul id="list"><li id="first"></li><li id="later" data-rect="2000 100"><a id="link" data-rect="0 20"></a></li></ul>',
        ),
      ).toEqual(['list', 'first']);
    });

    it('keeps an element with no height (its box says nothing of where its content is)', () => {
      expect(kept('<div id="wrapper" data-rect="3000 0"><p id="inside"></p></div>')).toEqual([
        'wrapper',
        'inside',
      ]);
    });

    it('keeps an element partly on screen', () => {
      expect(
        kept(
          '<section id="top-cut" data-rect="-300 340"></section><section id="bottom-cut" data-rect="700 1200"></section>',
        ),
      ).toEqual(['top-cut', 'bottom-cut']);
    });
  });
});

describe('saveSnapshot', () => {
  const day = (n: number) => new Date(Date.UTC(2025, 4, n)).toISOString();

  it('keeps the last six pages, dropping the one saved longest ago', () => {
    // Saved in an order that differs from their savedAt: the oldest is the third one written.
    const paths: [string, number][] = [
      ['/dashboard', 3],
      ['/directory', 4],
      ['/contacts', 1],
      ['/messages', 5],
      ['/messages/c1', 2],
      ['/meetings', 6],
    ];
    for (const [path, savedOn] of paths) {
      expect(saveSnapshot(snapshot({ path, savedAt: day(savedOn) }))).toBe(true);
    }
    expect(snapshotKeys()).toHaveLength(6);

    expect(saveSnapshot(snapshot({ path: '/delegations', savedAt: day(7) }))).toBe(true);
    expect(snapshotKeys().sort()).toEqual(
      ['/dashboard', '/directory', '/messages', '/messages/c1', '/meetings', '/delegations']
        .map((path) => SNAPSHOT_PREFIX + path)
        .sort(),
    );
  });

  it('replaces the same page without dropping another', () => {
    for (const [index, path] of ['/dashboard', '/directory', '/contacts'].entries()) {
      saveSnapshot(snapshot({ path, savedAt: day(index + 1) }));
    }
    saveSnapshot(snapshot({ path: '/dashboard', savedAt: day(9), html: '<p>newer</p>' }));
    expect(snapshotKeys()).toHaveLength(3);
    expect(localStorage.getItem(`${SNAPSHOT_PREFIX}/dashboard`)).toContain('newer');
  });

  it('leaves no outdated copy of the page when storage is full', () => {
    saveSnapshot(snapshot({ html: '<p>yesterday</p>' }));
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
    ) {
      if (key.startsWith(SNAPSHOT_PREFIX)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      throw new Error(`unexpected write of ${key}`);
    });
    try {
      expect(saveSnapshot(snapshot({ html: '<p>today</p>' }))).toBe(false);
      expect(setItem).toHaveBeenCalledOnce();
    } finally {
      setItem.mockRestore();
    }
    expect(localStorage.getItem(`${SNAPSHOT_PREFIX}/dashboard`)).toBeNull();
  });
});

describe('shownSnapshot', () => {
  it('is nothing when the paint script painted none', () => {
    saveSnapshot(snapshot());
    expect(shownSnapshot()).toBeNull();
  });

  it('is the snapshot of the path the paint script named', () => {
    const kept = snapshot({ path: '/messages/c1' });
    saveSnapshot(snapshot());
    saveSnapshot(kept);
    document.documentElement.setAttribute('data-snapshot', '/messages/c1');
    expect(shownSnapshot()).toEqual(kept);
  });

  it('is nothing for a snapshot of another version, or one that is not JSON', () => {
    document.documentElement.setAttribute('data-snapshot', '/dashboard');
    saveSnapshot(snapshot({ v: 2 as 1 }));
    expect(shownSnapshot()).toBeNull();
    localStorage.setItem(`${SNAPSHOT_PREFIX}/dashboard`, '{not json');
    expect(shownSnapshot()).toBeNull();
  });
});

describe('restoreSnapshotAnswers', () => {
  /** What the member's dashboard showed, kept as the app keeps it. */
  function keptDashboard(userId: string | null): PageSnapshot {
    const before = newClient();
    showAnswer(before, ['matches'], ['m1', 'm2']);
    const kept = captureSnapshot(page(), before, { ...context, userId });
    if (!kept) {
      throw new Error('the dashboard should have been kept');
    }
    return kept;
  }

  it('gives the same user the answers at once, marked stale so the page asks again', () => {
    const client = newClient();
    expect(restoreSnapshotAnswers(client, keptDashboard('u1'), 'u1')).toBe(true);
    expect(client.getQueryData(['matches'])).toEqual(['m1', 'm2']);
    expect(client.getQueryState(['matches'])?.isInvalidated).toBe(true);
  });

  it('gives another user nothing', () => {
    const client = newClient();
    expect(restoreSnapshotAnswers(client, keptDashboard('u1'), 'u2')).toBe(false);
    expect(client.getQueryData(['matches'])).toBeUndefined();
  });

  it('gives nothing of a signed-in page when nobody is signed in', () => {
    const client = newClient();
    expect(restoreSnapshotAnswers(client, keptDashboard('u1'), null)).toBe(false);
    expect(client.getQueryData(['matches'])).toBeUndefined();
  });
});

describe('sign-out', () => {
  it('removes every snapshot, with the rest of what was kept offline', () => {
    saveSnapshot(snapshot());
    saveSnapshot(snapshot({ path: '/messages/c1' }));
    session.signOut();
    expect(snapshotKeys()).toEqual([]);
  });
});
