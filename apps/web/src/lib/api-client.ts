import type { AuthResponse } from '@jcc/contracts';
import createClient from 'openapi-fetch';

import { ApiError } from './api-error';
import type { paths } from './api-schema';
import { takeEarlyAnswer } from './early-answers';
import { takeEarlyRefresh } from './early-refresh';
import { session } from './session';

/**
 * The one HTTP client of the app, typed from the API's OpenAPI document (`npm run api:types`).
 * Every request goes through `authFetch`: it adds the access token and, on a 401, refreshes the
 * tokens once (one refresh at a time, shared by all requests and tabs) and retries once. When the
 * refresh fails the session ends and `onSessionExpired` sends the user to sign-in.
 */
let sessionExpiredHandler: () => void = () => undefined;

export function onSessionExpired(handler: () => void): void {
  sessionExpiredHandler = handler;
}

/** Same origin as the page (the API serves the app; Vite's dev server proxies /api). */
const API_ORIGIN = globalThis.location?.origin ?? '';

let refreshing: Promise<boolean> | null = null;

async function refreshNow(): Promise<boolean> {
  // The boot script's call, if it made one, is this first refresh (lib/early-refresh.ts).
  const early = await takeEarlyRefresh();
  const refreshToken = early ? early.sent : session.getRefreshToken();
  if (!refreshToken) {
    return false;
  }
  try {
    const response = early
      ? early.answer()
      : await fetch(`${API_ORIGIN}/api/auth/refresh`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ refreshToken }),
        });
    if (response.ok) {
      session.signIn((await response.json()) as AuthResponse);
      return true;
    }
    if (response.status === 403) {
      // Chamber staff suspended the firm: the login is over, and the sign-in page says why.
      const refusal = new ApiError(403, await response.json().catch(() => null));
      if (refusal.code === 'company_suspended') {
        session.signOut({ code: 'company_suspended', reason: refusal.reason ?? '' });
      }
      return false;
    }
    if (response.status === 401 || response.status === 400) {
      // Another tab may have rotated the token meanwhile: then its successor is in storage.
      if (session.getRefreshToken() !== refreshToken) {
        return refreshNow();
      }
      session.signOut();
    }
    return false;
  } catch {
    return false; // offline: keep the session, the next call tries again
  }
}

/**
 * Refresh the token pair once, however many callers ask at the same time. Tabs take a Web Lock so
 * that two of them never present the same refresh token (the API would revoke the whole login).
 */
export function refreshTokens(): Promise<boolean> {
  refreshing ??= (
    typeof navigator !== 'undefined' && navigator.locks
      ? navigator.locks.request('jcc-token-refresh', refreshNow)
      : refreshNow()
  ).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function isAuthCall(url: string): boolean {
  return /\/api\/auth\/(login|register|refresh)$/.test(new URL(url, 'http://x').pathname);
}

export async function authFetch(request: Request): Promise<Response> {
  const sentToken = session.getAccessToken();
  if (request.method === 'GET') {
    const early = await takeEarlyAnswer(request.url, sentToken);
    if (early) {
      return early;
    }
  }
  const retry = request.clone();
  if (sentToken) {
    request.headers.set('Authorization', `Bearer ${sentToken}`);
  }
  const response = await fetch(request);
  const mayRefresh = response.status === 401 && !isAuthCall(request.url);
  if (!mayRefresh || (!sentToken && !session.getRefreshToken())) {
    return response;
  }
  // Someone else refreshed while this request was on its way: just use the new token.
  const fresh =
    session.getAccessToken() !== sentToken && session.getAccessToken() !== null
      ? true
      : await refreshTokens();
  if (!fresh) {
    session.signOut();
    sessionExpiredHandler();
    return response;
  }
  retry.headers.set('Authorization', `Bearer ${session.getAccessToken()}`);
  return fetch(retry);
}

export const api = createClient<paths>({
  baseUrl: API_ORIGIN,
  fetch: (request) => authFetch(request),
  headers: { Accept: 'application/json' },
});

interface ClientResult<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/**
 * Waits for an openapi-fetch call and returns its body, typed by the OpenAPI document's response
 * schema (generated from the wire types of @jcc/contracts, so no cast is needed), or throws an
 * ApiError.
 */
export async function unwrap<Data>(call: Promise<ClientResult<Data>>): Promise<Data> {
  let result: ClientResult<Data>;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, null);
  }
  if (!result.response.ok) {
    throw new ApiError(result.response.status, result.error);
  }
  return result.data as Data;
}
