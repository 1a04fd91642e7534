import type { UserResponse } from '@jcc/contracts';
import type { QueryClient } from '@tanstack/react-query';

/**
 * What a page's first render shows, asked for before that render (app/start.tsx): on a phone a
 * render costs most of a second, and a page rendered empty first, then again when its answers
 * arrive, pays it twice. A page's route module exports one as `prefetchFirstData` (app/router
 * passes it on as the route's `handle`); it returns the prefetches it started, or none when the
 * page will not show them (another tab, filters in the address).
 */
export type FirstDataPrefetch = (
  queryClient: QueryClient,
  user: UserResponse,
  search: URLSearchParams,
  /** The route's path parameters (a conversation's id). */
  params?: Readonly<Record<string, string | undefined>>,
) => Promise<unknown>[];

export interface FirstDataHandle {
  prefetchFirstData?: FirstDataPrefetch;
}

/** Never longer than this: a slow answer is better shown by the page's own loading state. */
export const FIRST_DATA_WAIT_MS = 1500;

/** Starts the page's first answers and resolves once they are in, or after the wait. */
export function loadFirstData(
  prefetch: FirstDataPrefetch | undefined,
  queryClient: QueryClient,
  user: UserResponse | null,
  search: URLSearchParams,
  {
    params = {},
    wait = FIRST_DATA_WAIT_MS,
  }: { params?: Readonly<Record<string, string | undefined>>; wait?: number } = {},
): Promise<void> {
  const started = prefetch && user ? prefetch(queryClient, user, search, params) : [];
  if (started.length === 0) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, wait);
    void Promise.allSettled(started).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
