import type { ContactStateResponse, ContactStatesResponse } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** The API's limit of firms per call (CONTACT_STATES_MAX_IDS). */
const MAX_IDS_PER_CALL = 50;

interface Waiter {
  resolve: (state: ContactStateResponse) => void;
  reject: (error: unknown) => void;
}
let waiting: Map<string, Waiter[]> | null = null;

const noneWith = (companyId: string): ContactStateResponse => ({
  companyId,
  state: 'none',
  requestId: null,
  conversationId: null,
});

/** One GET for every firm asked about since the batch began (in calls of at most 50 ids). */
function sendBatch(batch: Map<string, Waiter[]>): void {
  const ids = [...batch.keys()];
  for (let from = 0; from < ids.length; from += MAX_IDS_PER_CALL) {
    const part = ids.slice(from, from + MAX_IDS_PER_CALL);
    unwrap<ContactStatesResponse>(
      api.GET('/api/contact-requests/states', {
        params: { query: { companyIds: part.join(',') } },
      }),
    ).then(
      (response) =>
        part.forEach((companyId) => {
          const found = response.states.find((state) => state.companyId === companyId);
          batch.get(companyId)?.forEach((waiter) => waiter.resolve(found ?? noneWith(companyId)));
        }),
      (error: unknown) =>
        part.forEach((companyId) => batch.get(companyId)?.forEach((w) => w.reject(error))),
    );
  }
}

/**
 * GET /api/contact-requests/states?companyIds=… — where the caller's firm stands with each.
 * Every card of a list asks for its own firm as it renders; the asks of one moment share one
 * call (a page of matches made one request per card, queued over the phone's six connections).
 * A caller that gives up (its signal aborts) stops waiting; the shared call goes on for the rest.
 */
export function getContactState(
  companyId: string,
  signal?: AbortSignal,
): Promise<ContactStateResponse> {
  return new Promise((resolve, reject) => {
    if (!waiting) {
      const batch = new Map<string, Waiter[]>();
      waiting = batch;
      setTimeout(() => {
        waiting = null;
        sendBatch(batch);
      }, 0);
    }
    const waiters = waiting.get(companyId) ?? [];
    waiters.push({ resolve, reject });
    waiting.set(companyId, waiters);
    signal?.addEventListener(
      'abort',
      () => reject(new DOMException('The query was cancelled', 'AbortError')),
      { once: true },
    );
  });
}

/** Under ['contact-requests'], so sending, accepting or declining a request refreshes it. */
export const contactStateQuery = (companyId: string) =>
  queryOptions({
    queryKey: ['contact-requests', 'state', companyId],
    queryFn: ({ signal }) => getContactState(companyId, signal),
  });

export function useContactState(companyId: string, enabled: boolean) {
  return useQuery({ ...contactStateQuery(companyId), enabled });
}
