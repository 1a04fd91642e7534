import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';

import { refreshTokens } from '@/lib/api-client';
import { EARLY_ANSWERS_KEPT_MS, forgetEarlyAnswers } from '@/lib/early-answers';
import { FIRST_DATA_WAIT_MS, loadFirstData, type FirstDataHandle } from '@/lib/first-data';
import { initI18n } from '@/lib/i18n';
import { keepPageSnapshots } from '@/lib/keep-page-snapshots';
import { restoreSnapshotAnswers, shownSnapshot } from '@/lib/page-snapshot';
import { createQueryClient } from '@/lib/query-client';
import { registerServiceWorker } from '@/lib/service-worker';
import { session } from '@/lib/session';
import { AppProviders } from './provider';
import { createAppRouter } from './router';

/**
 * Offline, the session (and what it kept offline) stays until the connection returns; the user
 * signed in last reads their offline copy meanwhile. A refused refresh has signed out already.
 */
function restoreSession(): void {
  void refreshTokens().then((ok) => {
    if (ok || session.getState().status === 'signed-out') {
      return;
    }
    const resumed = session.getState().status === 'signed-in' || session.resumeOffline();
    if (resumed || !navigator.onLine) {
      window.addEventListener('online', restoreSession, { once: true });
      return;
    }
    session.signOut();
  });
}

/**
 * Resolves once the router has loaded the first page's lazy chunk. Until then React renders
 * nothing into #root, so the landing page index.html prerendered stays on screen and is replaced
 * in one commit by the same page (never a blank frame in between).
 */
function firstPageLoaded(router: ReturnType<typeof createAppRouter>): Promise<void> {
  if (router.state.initialized) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) {
        unsubscribe();
        resolve();
      }
    });
  });
}

/**
 * Resolves once the session is restored (or refused, or resumed offline), at most after `limit`:
 * a snapshot of a member's page stays on screen until the app can render the same page, not a
 * loading state in between.
 */
function sessionSettled(limit: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, limit);
    const unsubscribe = session.subscribe(() => {
      if (session.getState().status !== 'restoring') {
        done();
      }
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
    if (session.getState().status !== 'restoring') {
      done();
    }
  });
}

export async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) {
    throw new Error('The #root element is missing from index.html.');
  }
  // A stored refresh token restores the session (one refresh call gives tokens and the user).
  if (session.getState().status === 'restoring') {
    restoreSession();
  }
  // The page's chunk and the texts load side by side, not one after the other.
  const router = createAppRouter();
  const queryClient = createQueryClient();
  const snapshot = shownSnapshot();
  // The first commit shows the page with its answers: a snapshot's (the page refetches them), or
  // ones asked for now, while the texts load (lib/first-data).
  const firstData = firstPageLoaded(router).then(async () => {
    const page = router.state.matches.at(-1);
    const handle = page?.route.handle as FirstDataHandle | undefined;
    if (snapshot) {
      await sessionSettled(10_000);
      restoreSnapshotAnswers(queryClient, snapshot, session.getState().user?.id ?? null);
    } else if (handle?.prefetchFirstData) {
      await sessionSettled(FIRST_DATA_WAIT_MS);
      await loadFirstData(
        handle.prefetchFirstData,
        queryClient,
        session.getState().user,
        new URLSearchParams(window.location.search),
        { params: page?.params },
      );
    }
  });
  await Promise.all([initI18n(), firstData]);
  createRoot(container).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
  // The first page's effects ask for the rest of its answers within moments of this render.
  setTimeout(forgetEarlyAnswers, EARLY_ANSWERS_KEPT_MS);
  keepPageSnapshots(router, queryClient, container);
  registerServiceWorker();
}
