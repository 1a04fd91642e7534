import type { AuthResponse, UserResponse } from '@jcc/contracts';
import { useSyncExternalStore } from 'react';

import { clearOfflineCache, lastSignedInUser, rememberSignedInUser } from './offline-cache';

/**
 * Who is signed in. The access token lives in memory only (gone with the tab); the refresh token
 * is kept in localStorage so that a reload or a new tab stays signed in. The API rotates refresh
 * tokens and revokes a whole login when a spent one is presented again, so a stolen copy is
 * short-lived; the CSP the API sends (`script-src 'self'`) keeps foreign scripts out.
 */
export type SessionState =
  | { status: 'restoring'; user: null }
  | { status: 'signed-out'; user: null; ended?: SessionEnd }
  | { status: 'signed-in'; user: UserResponse };

/**
 * Why the server ended the session, when it said so: the sign-in page tells the user (a
 * suspended firm reads staff's reason there).
 */
export interface SessionEnd {
  code: 'company_suspended';
  reason: string;
}

export const REFRESH_TOKEN_KEY = 'jcc.refreshToken';

let accessToken: string | null = null;
let state: SessionState = { status: readRefreshToken() ? 'restoring' : 'signed-out', user: null };
const listeners = new Set<() => void>();

function emit(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

function readRefreshToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(REFRESH_TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function getState(): SessionState {
  return state;
}

export const session = {
  getAccessToken: (): string | null => accessToken,
  /** Read from storage every time: another tab may have rotated it. */
  getRefreshToken: readRefreshToken,
  getState,
  subscribe,
  signIn(auth: AuthResponse): void {
    // Another account on this device never reads what the previous one kept offline, even if
    // that one never signed out (its session simply expired).
    if (lastSignedInUser()?.id !== auth.user.id) {
      clearOfflineCache();
    }
    accessToken = auth.accessToken;
    localStorage.setItem(REFRESH_TOKEN_KEY, auth.refreshToken);
    rememberSignedInUser(auth.user);
    emit({ status: 'signed-in', user: auth.user });
  },
  setUser(user: UserResponse): void {
    rememberSignedInUser(user);
    emit({ status: 'signed-in', user });
  },
  /**
   * The refresh call got no answer (no connection): with a stored refresh token, the user who
   * was signed in last on this device reads their offline copy meanwhile. There is no access
   * token until the connection returns; the first request or socket handshake refreshes then.
   * False when there is nobody to resume (the page waits for the connection).
   */
  resumeOffline(): boolean {
    const user = lastSignedInUser<UserResponse>();
    if (state.status !== 'restoring' || !user || !readRefreshToken()) {
      return false;
    }
    emit({ status: 'signed-in', user });
    return true;
  },
  /**
   * `ended` says why the server ended it; a later plain sign-out (another request refused the
   * same way) keeps that reason rather than forget it.
   */
  signOut(ended?: SessionEnd): void {
    const why = ended ?? (state.status === 'signed-out' ? state.ended : undefined);
    accessToken = null;
    try {
      localStorage.removeItem(REFRESH_TOKEN_KEY);
    } catch {
      // storage unavailable: nothing to remove
    }
    // What this user kept readable offline must not be left for the next one on this device.
    clearOfflineCache();
    emit(
      why ? { status: 'signed-out', user: null, ended: why } : { status: 'signed-out', user: null },
    );
  },
};

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, getState, getState);
}

/** The signed-in user, or null (restoring or signed out). */
export function useCurrentUser(): UserResponse | null {
  return useSession().user;
}
