import { dehydrate, hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';

import { PREFIX } from './offline-cache';

/**
 * A returning visitor's page, painted before the app's JavaScript has run. On a phone the app
 * needs seconds of CPU before its first render; what a member opens every day (the dashboard,
 * a conversation, the directory, the agenda) should not be blank meanwhile. So when such a page
 * is left, its markup and the answers it showed are kept here; on the next visit index.html's
 * paint script (the second inline script) puts the markup into #root, inert, at once, and the
 * app starts from the same answers (hydrated into its query cache, marked stale, so it refetches
 * them) and replaces the markup in its first commit — the same content, now live.
 *
 * Kept in localStorage under the offline prefix, so a sign-out removes every snapshot with the
 * rest of what a user kept offline, and another account signing in on the device starts clean.
 * A snapshot is painted only for the same language and the same signed-in state, for a week.
 */
export const SNAPSHOT_PREFIX = `${PREFIX}snapshot.`;
/** Read by index.html's paint script: change both together. */
export const SNAPSHOT_VERSION = 1;
const KEEP = 6;
/** A page bigger than this is not kept (localStorage holds about 5 MB per origin). */
const MAX_CHARS = 600_000;

/** The pages worth painting from a snapshot: the ones a member opens again and again. */
const SNAPSHOT_PAGES = [
  /^\/directory$/,
  /^\/dashboard$/,
  /^\/contacts$/,
  /^\/messages(\/[^/]+)?$/,
  /^\/meetings(\/[^/]+)?$/,
  /^\/delegations$/,
  /^\/opportunities$/,
];
/** Of those, the ones a visitor sees signed out; the others only ever show a member's page. */
const PUBLIC_PAGES = [/^\/directory$/, /^\/opportunities$/];

export interface PageSnapshot {
  v: typeof SNAPSHOT_VERSION;
  path: string;
  lang: string;
  signedIn: boolean;
  userId: string | null;
  savedAt: string;
  html: string;
  queries: DehydratedState;
}

/** The path without a trailing slash, as index.html's paint script normalises it. */
export function snapshotPath(pathname: string): string {
  return pathname.replace(/\/+$/, '') || '/';
}

export function isSnapshotPage(pathname: string): boolean {
  return SNAPSHOT_PAGES.some((page) => page.test(snapshotPath(pathname)));
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The elements of `root` (in document order, as `querySelectorAll('*')` lists them) to leave out
 * of a snapshot: those wholly outside what the screen showed, give or take half a screen, whose
 * parent was not — a long list is kept as far as it was seen, not in full. Painting the rest
 * would cost a phone layout time for nothing the visitor sees before the app takes over.
 */
function outOfSight(root: HTMLElement): Set<number> {
  const below = window.innerHeight * 1.5;
  const elements = [...root.querySelectorAll('*')];
  const outside = new Set<Element>();
  const skipped = new Set<number>();
  elements.forEach((element, index) => {
    const parent = element.parentElement;
    if (parent && outside.has(parent)) {
      outside.add(element);
      return;
    }
    const { top, bottom, height } = element.getBoundingClientRect();
    if (height > 0 && (top > below || bottom < 0)) {
      outside.add(element);
      skipped.add(index);
    }
  });
  return skipped;
}

/**
 * The page's markup as it was on screen, without what the user was typing (a message draft, a
 * search): inputs lose their value, text areas their text.
 */
export function snapshotMarkup(root: HTMLElement): string {
  const skipped = outOfSight(root);
  const copy = root.cloneNode(true) as HTMLElement;
  const copies = [...copy.querySelectorAll('*')];
  skipped.forEach((index) => copies[index]?.remove());
  copy.querySelectorAll('input').forEach((input) => {
    input.removeAttribute('value');
    input.removeAttribute('autofocus');
  });
  copy.querySelectorAll('textarea').forEach((area) => {
    area.textContent = '';
  });
  return copy.innerHTML;
}

/**
 * The page as it is now, or null when it is not worth keeping: not a snapshot page, a member's
 * page with nobody signed in, still loading (an answer it waits for) or showing an error, still
 * showing an earlier snapshot, or too big.
 */
export function captureSnapshot(
  root: HTMLElement,
  queryClient: QueryClient,
  context: { pathname: string; lang: string; userId: string | null },
): PageSnapshot | null {
  const path = snapshotPath(context.pathname);
  const forGuests = PUBLIC_PAGES.some((page) => page.test(path));
  if (
    !isSnapshotPage(path) ||
    (context.userId === null && !forGuests) ||
    root.querySelector('[data-prerendered]')
  ) {
    return null;
  }
  const active = queryClient.getQueryCache().findAll({ type: 'active' });
  // Pending whether fetching or paused (offline): either way the page shows a loading state.
  const unsettled = active.some(
    ({ state }) => state.status === 'error' || state.status === 'pending',
  );
  if (active.length === 0 || unsettled) {
    return null;
  }
  const html = snapshotMarkup(root);
  if (html.length > MAX_CHARS) {
    return null;
  }
  return {
    v: SNAPSHOT_VERSION,
    path,
    lang: context.lang,
    signedIn: context.userId !== null,
    userId: context.userId,
    savedAt: new Date().toISOString(),
    html,
    // Only the answers this page shows (queries it observes), so the app's first render has them.
    queries: dehydrate(queryClient, {
      shouldDehydrateQuery: (query) =>
        query.state.status === 'success' && query.getObserversCount() > 0,
    }),
  };
}

function keysOfSnapshots(store: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(SNAPSHOT_PREFIX)) {
      keys.push(key);
    }
  }
  return keys;
}

function savedAtOf(store: Storage, key: string): number {
  try {
    return Date.parse((JSON.parse(store.getItem(key) ?? 'null') as PageSnapshot).savedAt) || 0;
  } catch {
    return 0;
  }
}

/** Keeps it, dropping the oldest beyond the last few pages; false when storage refused. */
export function saveSnapshot(snapshot: PageSnapshot): boolean {
  const store = storage();
  if (!store) {
    return false;
  }
  const key = SNAPSHOT_PREFIX + snapshot.path;
  try {
    store.setItem(key, JSON.stringify(snapshot));
  } catch {
    store.removeItem(key); // full: an outdated copy of this page is worse than none
    return false;
  }
  const others = keysOfSnapshots(store).filter((other) => other !== key);
  if (others.length >= KEEP) {
    others
      .sort((a, b) => savedAtOf(store, a) - savedAtOf(store, b))
      .slice(0, others.length - KEEP + 1)
      .forEach((old) => store.removeItem(old));
  }
  return true;
}

/** The snapshot index.html's paint script put on screen for this visit, if it did. */
export function shownSnapshot(): PageSnapshot | null {
  const path = document.documentElement.getAttribute('data-snapshot');
  const text = path === null ? null : (storage()?.getItem(SNAPSHOT_PREFIX + path) ?? null);
  try {
    const snapshot = text ? (JSON.parse(text) as PageSnapshot) : null;
    return snapshot?.v === SNAPSHOT_VERSION ? snapshot : null;
  } catch {
    return null;
  }
}

/**
 * Gives the app the answers the painted snapshot showed — only to the user who saw them — as
 * stale ones: the page renders them at once and asks the API again.
 */
export function restoreSnapshotAnswers(
  queryClient: QueryClient,
  snapshot: PageSnapshot,
  userId: string | null,
): boolean {
  if (snapshot.userId !== userId) {
    return false;
  }
  hydrate(queryClient, snapshot.queries);
  void queryClient.invalidateQueries({ refetchType: 'none' });
  return true;
}
