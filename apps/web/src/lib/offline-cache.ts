/**
 * What a signed-in user keeps readable offline (the last messages of each conversation, later
 * the agenda), in localStorage under one prefix, keyed per user so that one account never reads
 * another's, and all of it removed when anyone signs out on this device. The service worker
 * never caches API responses; this is the only place user data is kept offline.
 */
export const PREFIX = 'jcc.offline.';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function keyOf(userId: string, namespace: string, key: string): string {
  return `${PREFIX}${userId}.${namespace}.${key}`;
}

export interface OfflineCache<T> {
  read(key: string): T | null;
  /** False when the browser refused (storage full or unavailable): the app works on without it. */
  write(key: string, value: T): boolean;
  remove(key: string): void;
}

/** A per-user store of JSON values, e.g. `offlineCache<Message[]>(user.id, 'messages')`. */
export function offlineCache<T>(userId: string, namespace: string): OfflineCache<T> {
  return {
    read(key) {
      const text = storage()?.getItem(keyOf(userId, namespace, key));
      if (!text) {
        return null;
      }
      try {
        return JSON.parse(text) as T;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        storage()?.setItem(keyOf(userId, namespace, key), JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      storage()?.removeItem(keyOf(userId, namespace, key));
    },
  };
}

/** Things to send when the connection returns, in the order they were queued. */
export interface OfflineQueue<T extends { id: string }> {
  all(): T[];
  add(item: T): boolean;
  /** Changes a queued item in its place (nothing when it is no longer queued). */
  update(item: T): boolean;
  /** Taken off once the server has acknowledged it (the id makes a resend harmless). */
  remove(id: string): void;
}

export function offlineQueue<T extends { id: string }>(
  userId: string,
  name: string,
): OfflineQueue<T> {
  const cache = offlineCache<T[]>(userId, `queue.${name}`);
  const all = () => cache.read('items') ?? [];
  return {
    all,
    add(item) {
      return cache.write('items', [...all().filter((queued) => queued.id !== item.id), item]);
    },
    update(item) {
      const items = all();
      return (
        items.some((queued) => queued.id === item.id) &&
        cache.write(
          'items',
          items.map((queued) => (queued.id === item.id ? item : queued)),
        )
      );
    },
    remove(id) {
      const rest = all().filter((queued) => queued.id !== id);
      if (rest.length > 0) {
        cache.write('items', rest);
      } else {
        cache.remove('items');
      }
    },
  };
}

/**
 * Who was signed in last on this device, so that a page reloaded without a connection (the
 * refresh call cannot reach the API) can still show that user's offline copy. Kept under the
 * same prefix: a sign-out removes it with the rest.
 */
const SIGNED_IN_KEY = `${PREFIX}signed-in`;

export function rememberSignedInUser<User extends { id: string }>(user: User): void {
  try {
    storage()?.setItem(SIGNED_IN_KEY, JSON.stringify(user));
  } catch {
    // storage full or unavailable: an offline reload then waits for the connection
  }
}

export function lastSignedInUser<User extends { id: string }>(): User | null {
  try {
    const user = JSON.parse(storage()?.getItem(SIGNED_IN_KEY) ?? 'null') as User | null;
    return user && typeof user.id === 'string' ? user : null;
  } catch {
    return null;
  }
}

/** Removes what every user kept offline on this device (sign-out). */
export function clearOfflineCache(): void {
  const store = storage();
  if (!store) {
    return;
  }
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(PREFIX)) {
      keys.push(key);
    }
  }
  keys.forEach((key) => store.removeItem(key));
}
