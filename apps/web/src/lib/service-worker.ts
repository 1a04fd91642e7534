/**
 * Registers the service worker of the build (dist/sw.js, see service-worker/sw.js) once the page
 * has loaded, so it never competes with the first paint, and hands it the files this visit loaded
 * before it controlled the page (the route's and the texts' chunks): they are kept offline too.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) {
    return;
  }
  const register = () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const urls = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => new URL(name).pathname.startsWith('/assets/'));
        registration.active?.postMessage({ type: 'cache-assets', urls });
      })
      .catch(() => undefined); // no worker (private mode, an old browser): the app works online
  };
  if (document.readyState === 'complete') {
    register();
  } else {
    window.addEventListener('load', register, { once: true });
  }
}
