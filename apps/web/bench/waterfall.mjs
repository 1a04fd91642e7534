/* global window, PerformanceObserver, URL */
// `--trace` for the web bench: one visit's network waterfall (when each request started and
// ended, from the navigation's start, and whether the network, the HTTP cache or the service
// worker answered it) and the page's long tasks and LCP element, printed after its figures.
// It only listens (CDP events, a PerformanceObserver); the visit itself is unchanged.

/** Installs, before any page script, the long-task and LCP-element recorders. */
export async function recordLongTasks(context) {
  await context.addInitScript(() => {
    window.__longTasks = [];
    window.__lcpElement = null;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
        }
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const element = entry.element;
          window.__lcpElement = element
            ? `${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 40)}"`
            : null;
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } catch {
      // an older browser: no long tasks
    }
  });
}

/** Listens to one page's CDP session; `print()` writes what it saw. */
export function watchRequests(cdp) {
  const requests = new Map();
  let origin = null;
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.startsWith('data:')) {
      return;
    }
    origin ??= event.timestamp;
    requests.set(event.requestId, {
      url: event.request.url,
      method: event.request.method,
      start: event.timestamp,
      end: null,
      source: 'net',
      bytes: 0,
      priority: event.request.initialPriority,
    });
  });
  cdp.on('Network.requestServedFromCache', (event) => {
    const request = requests.get(event.requestId);
    if (request) {
      request.source = 'cache';
    }
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId);
    if (request && event.response.fromServiceWorker) {
      request.source = 'sw';
    }
    if (request && event.response.fromDiskCache) {
      request.source = 'cache';
    }
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request) {
      request.end = event.timestamp;
      request.bytes = event.encodedDataLength;
    }
  });
  return {
    print(log, page) {
      const ms = (time) =>
        time === null ? '   -  ' : String(Math.round((time - origin) * 1000)).padStart(6);
      log(`  waterfall (ms from the first request; source; bytes on the wire):`);
      for (const request of [...requests.values()].sort((a, b) => a.start - b.start)) {
        const url = new URL(request.url);
        log(
          `  ${ms(request.start)} → ${ms(request.end)}  ${request.source.padEnd(5)} ${String(request.bytes).padStart(7)}  ${request.method} ${url.pathname}${url.search}`,
        );
      }
      log(`  long tasks [start, duration] ms: ${JSON.stringify(page.longTasks)}`);
      log(`  LCP element: ${page.lcpElement}`);
    },
  };
}
