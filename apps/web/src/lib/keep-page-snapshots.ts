import type { QueryClient } from '@tanstack/react-query';

import { captureSnapshot, saveSnapshot } from './page-snapshot';
import { session } from './session';

interface RouterLike {
  state: { location: { pathname: string } };
  subscribe(listener: (state: { location: { pathname: string } }) => void): () => void;
}

/**
 * Keeps a snapshot (lib/page-snapshot) of a page when the member leaves it: before the router
 * shows the next page (the old one is still on screen then) and when the tab is hidden or
 * closed. A page on screen while someone signed in or out is never kept: its markup belongs to
 * the previous user (a sign-out removes every snapshot, and must not be followed by a new one).
 */
export function keepPageSnapshots(
  router: RouterLike,
  queryClient: QueryClient,
  root: HTMLElement,
): () => void {
  let shownPath = router.state.location.pathname;
  let sessionChanged = false;
  let lastKept = { path: '', at: 0 };
  let lastUser = session.getState();
  const keep = () => {
    const { status, user } = session.getState();
    const keptJustNow = lastKept.path === shownPath && Date.now() - lastKept.at < 1000;
    if (status === 'restoring' || sessionChanged || keptJustNow) {
      return;
    }
    const snapshot = captureSnapshot(root, queryClient, {
      pathname: shownPath,
      lang: document.documentElement.lang,
      userId: user?.id ?? null,
    });
    if (snapshot && saveSnapshot(snapshot)) {
      lastKept = { path: shownPath, at: Date.now() };
    }
  };
  const stopRouter = router.subscribe((state) => {
    if (state.location.pathname !== shownPath) {
      keep();
      shownPath = state.location.pathname;
      sessionChanged = false;
    }
  });
  const stopSession = session.subscribe(() => {
    const next = session.getState();
    // Restoring → signed in (or out) is the first page learning who is here, not a change.
    if (lastUser.status !== 'restoring' && next.user?.id !== lastUser.user?.id) {
      sessionChanged = true;
    }
    lastUser = next;
  });
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      keep();
    }
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', keep);
  return () => {
    stopRouter();
    stopSession();
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', keep);
  };
}
