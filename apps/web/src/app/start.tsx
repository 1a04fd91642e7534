import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';

import { refreshTokens } from '@/lib/api-client';
import { initI18n } from '@/lib/i18n';
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
  await Promise.all([initI18n(), firstPageLoaded(router)]);
  createRoot(container).render(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
  registerServiceWorker();
}
