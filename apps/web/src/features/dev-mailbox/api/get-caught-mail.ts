import { useQuery } from '@tanstack/react-query';

import type { CaughtMail } from './caught-mail';
import { mailboxGet } from './mailbox-fetch';

/** GET /api/dev/mailbox/:id — one caught mail with its HTML and text parts. */
export function getCaughtMail(id: string, signal?: AbortSignal): Promise<CaughtMail> {
  return mailboxGet<CaughtMail>(`/api/dev/mailbox/${encodeURIComponent(id)}`, signal);
}

export function useCaughtMail(id: string) {
  return useQuery({
    queryKey: ['dev-mailbox', id],
    queryFn: ({ signal }) => getCaughtMail(id, signal),
    retry: false,
  });
}
