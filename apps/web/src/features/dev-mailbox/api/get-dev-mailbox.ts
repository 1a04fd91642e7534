import { useQuery } from '@tanstack/react-query';

import type { CaughtMailSummary } from './caught-mail';
import { mailboxGet } from './mailbox-fetch';

export const devMailboxKey = ['dev-mailbox'] as const;

/** GET /api/dev/mailbox — newest first; 404 when the API has no mailbox (real SMTP, production). */
export async function getDevMailbox(signal?: AbortSignal): Promise<CaughtMailSummary[]> {
  const answer = await mailboxGet<{ items: CaughtMailSummary[] }>('/api/dev/mailbox', signal);
  return answer.items;
}

export function useDevMailbox({
  enabled = true,
  refetchInterval,
}: { enabled?: boolean; refetchInterval?: number | false } = {}) {
  return useQuery({
    queryKey: devMailboxKey,
    queryFn: ({ signal }) => getDevMailbox(signal),
    enabled,
    retry: false,
    refetchInterval: refetchInterval ?? 5000,
  });
}

/** Whether the API mounted the mailbox: the staff menu shows its entry only then. */
export function useDevMailboxAvailable(enabled: boolean): boolean {
  const mailbox = useDevMailbox({ enabled, refetchInterval: false });
  return enabled && mailbox.isSuccess;
}
