/* global self, caches, fetch, URL, Response, VERSION, SHELL */
// The app's service worker (no Workbox). `npm run build` prepends VERSION (a hash of the shell)
// and SHELL (the page, its entry script, styles and preloads, the manifest and icons) and writes
// it to dist/sw.js. It keeps the app shell readable offline:
// - pages: network first (a new deploy shows at once), the cached shell when offline;
// - /assets/ (content-hashed, never change): cache first, cached as they are fetched;
// - /api/ and /socket.io: never touched, never cached — they carry one user's data. What a user
//   keeps offline lives page-side in lib/offline-cache, per user, cleared at sign-out.
const CACHE = `jcc-shell-${VERSION}`;
/** The server answers `/` with index.html (the landing page prerendered), `/directory` with
 * directory.html (its frame prerendered) and every other page with app.html (neither):
 * offline, each from its own copy. */
const PAGES = { '/': '/index.html', '/directory': '/directory.html' };
const pageOf = (url) => PAGES[url.pathname] ?? '/app.html';

self.addEventListener('install', (event) => {
  // The shell's files are already in the HTTP cache after the first visit (immutable): no refetch.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('jcc-shell-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

function isAsset(url) {
  return url.origin === self.location.origin && url.pathname.startsWith('/assets/');
}

/** The page lists what it loaded before this worker controlled it (its route and texts chunks). */
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache-assets' || !Array.isArray(event.data.urls)) {
    return;
  }
  const urls = event.data.urls.filter((href) => isAsset(new URL(href)));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all(
          urls.map((href) =>
            cache.match(href).then((hit) => hit ?? cache.add(href).catch(() => undefined)),
          ),
        ),
      ),
  );
});

async function pageNetworkFirst(request) {
  const cache = await caches.open(CACHE);
  const page = pageOf(new URL(request.url));
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(page, response.clone());
    }
    return response;
  } catch {
    return (await cache.match(page)) ?? Response.error();
  }
}

async function assetCacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) {
    return hit;
  }
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
  }
  return response;
}

async function shellFileNetworkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch {
    return (await cache.match(request)) ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/socket.io')) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(pageNetworkFirst(request));
  } else if (isAsset(url)) {
    event.respondWith(assetCacheFirst(request));
  } else if (SHELL.includes(url.pathname)) {
    event.respondWith(shellFileNetworkFirst(request));
  }
});
