import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';

import { AppProviders } from './app/provider';
import { createAppRouter } from './app/router';
import { refreshTokens } from './lib/api-client';
import { initI18n } from './lib/i18n';
import { registerServiceWorker } from './lib/service-worker';
import { session } from './lib/session';

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

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) {
    throw new Error('The #root element is missing from index.html.');
  }
  // A stored refresh token restores the session (one refresh call gives tokens and the user).
  if (session.getState().status === 'restoring') {
    restoreSession();
  }
  await initI18n();
  createRoot(container).render(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={createAppRouter()} />
      </AppProviders>
    </StrictMode>,
  );
  registerServiceWorker();
}

void start();
