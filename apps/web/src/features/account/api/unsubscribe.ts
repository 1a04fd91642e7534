import type { NotificationCategory } from '@jcc/contracts';
import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** POST /api/mail/unsubscribe?token= — turns off the one category the signed token names. */
export async function unsubscribe(token: string): Promise<NotificationCategory> {
  const answer = await unwrap(api.POST('/api/mail/unsubscribe', { params: { query: { token } } }));
  return answer.category;
}

/** Opening the mail's link is the one click; a query so that it is sent once per page. */
export function useUnsubscribe(token: string) {
  return useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: () => unsubscribe(token),
    enabled: token.length > 0,
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
