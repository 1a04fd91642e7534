import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';

/**
 * The app (React, Mantine, the router: app/start.tsx) is evaluated only after the browser has
 * painted once, so the landing page prerendered into index.html paints first even when every
 * script is already cached: evaluating them is a long task that would otherwise delay that
 * paint. Its files are fetched (and compiled) from the start all the same: the build lists them
 * as <link rel="modulepreload"> in index.html (scripts/prerender.mjs). A hidden tab paints
 * nothing, so there the app starts at once.
 */
function afterFirstPaint(): Promise<void> {
  if (document.visibilityState !== 'visible') {
    return Promise.resolve();
  }
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

void afterFirstPaint()
  .then(() => import('./app/start'))
  .then(({ start }) => start());
