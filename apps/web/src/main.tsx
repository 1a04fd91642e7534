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
import { session } from './lib/session';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) {
    throw new Error('The #root element is missing from index.html.');
  }
  // A stored refresh token restores the session (one refresh call gives tokens and the user).
  if (session.getState().status === 'restoring') {
    void refreshTokens().then((ok) => {
      if (!ok) {
        session.signOut();
      }
    });
  }
  await initI18n();
  createRoot(container).render(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={createAppRouter()} />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
