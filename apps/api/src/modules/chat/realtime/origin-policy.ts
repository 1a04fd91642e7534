/**
 * Which browser pages may open a socket. A WebSocket is not subject to CORS, so without this check
 * any site could open one with a token it got hold of. Allowed: no Origin (not a browser), the
 * page's own origin (the web app served by this API), or an origin in ALLOWED_ORIGINS. Behind a
 * proxy that rewrites Host, list the public origin in ALLOWED_ORIGINS.
 */
export function isOriginAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  if (origin === undefined) {
    return true;
  }
  if (allowed.includes(origin)) {
    return true;
  }
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
