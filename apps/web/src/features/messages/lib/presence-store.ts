import { useSyncExternalStore } from 'react';

/** Which partner firms are online, as the server's `presence` events tell. */
const online = new Map<string, boolean>();
const listeners = new Set<() => void>();

export function setPresence(companyId: string, isOnline: boolean): void {
  if (online.get(companyId) !== isOnline) {
    online.set(companyId, isOnline);
    listeners.forEach((listener) => listener());
  }
}

export function clearPresence(): void {
  online.clear();
  listeners.forEach((listener) => listener());
}

export function usePresence(companyId: string | undefined): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => (companyId ? (online.get(companyId) ?? false) : false),
  );
}
