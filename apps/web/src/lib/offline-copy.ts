import { useSyncExternalStore } from 'react';

import { isApiError } from './api-error';
import { offlineCache } from './offline-cache';
import { session } from './session';

/**
 * The signed-in user's last good answer of a read, kept per user (lib/offline-cache) and given
 * back when the API cannot be reached, with the time it was kept: the agenda, the programme and
 * the conversations stay readable in a hall without Wi-Fi. Pages ask `useOfflineAsOf` whether
 * what they show is such a copy and say so.
 */
export interface OfflineCopy<T> {
  savedAt: string;
  data: T;
}

const NAMESPACE = 'copy';

/**
 * Copies shown right now instead of a live answer: `<user id> <key>` → when the copy was kept
 * (per user, so the next one to sign in on this tab starts from live answers).
 */
let servedCopies: ReadonlyMap<string, string> = new Map();
const listeners = new Set<() => void>();

function setServed(copyKey: string, savedAt: string | null): void {
  const key = `${currentUserId()} ${copyKey}`;
  if ((servedCopies.get(key) ?? null) === savedAt) {
    return;
  }
  const next = new Map(servedCopies);
  if (savedAt === null) {
    next.delete(key);
  } else {
    next.set(key, savedAt);
  }
  servedCopies = next;
  listeners.forEach((listener) => listener());
}

/** No answer at all (offline, a dropped connection) or a gateway that could not reach the API. */
export function isUnreachable(error: unknown): boolean {
  return isApiError(error) && (error.status === 0 || [502, 503, 504].includes(error.status));
}

function currentUserId(): string | null {
  return session.getState().user?.id ?? null;
}

export function readOfflineCopy<T>(key: string): OfflineCopy<T> | null {
  const userId = currentUserId();
  return userId ? offlineCache<OfflineCopy<T>>(userId, NAMESPACE).read(key) : null;
}

export function writeOfflineCopy<T>(key: string, data: T): void {
  const userId = currentUserId();
  if (userId) {
    offlineCache<OfflineCopy<T>>(userId, NAMESPACE).write(key, {
      savedAt: new Date().toISOString(),
      data,
    });
  }
}

/**
 * Runs `load`; keeps its answer for the signed-in user, or, when the API is unreachable, answers
 * with the copy kept last time (the error stands when there is none).
 */
export async function withOfflineCopy<T>(key: string, load: () => Promise<T>): Promise<T> {
  try {
    const data = await load();
    writeOfflineCopy(key, data);
    setServed(key, null);
    return data;
  } catch (error) {
    const copy = isUnreachable(error) ? readOfflineCopy<T>(key) : null;
    if (!copy) {
      throw error;
    }
    setServed(key, copy.savedAt);
    return copy.data;
  }
}

/** Says that what is shown for `key` is now live again (e.g. a socket sync got through). */
export function markLive(key: string): void {
  setServed(key, null);
}

export function markServedFromCopy(key: string, savedAt: string): void {
  setServed(key, savedAt);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** When the oldest of these copies was kept, if any of them is shown instead of a live answer. */
export function useOfflineAsOf(keys: readonly string[]): string | null {
  const joined = keys.join('\n');
  return useSyncExternalStore(
    subscribe,
    () => {
      const userId = currentUserId();
      const times = joined
        .split('\n')
        .map((key) => servedCopies.get(`${userId} ${key}`))
        .filter((time): time is string => Boolean(time));
      return times.length > 0 ? times.sort()[0] : null;
    },
    () => null,
  );
}
