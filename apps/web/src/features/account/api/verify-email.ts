import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { session } from '@/lib/session';
import { refreshMe } from './refresh-me';

/** POST /api/auth/verify-email — confirms the address with the token of the verification mail. */
export async function verifyEmail(token: string): Promise<void> {
  await unwrap(api.POST('/api/auth/verify-email', { body: { token } }));
  // A signed-in user's banner goes away at once, without waiting for the next sign-in.
  if (session.getState().status === 'signed-in') {
    await refreshMe().catch(() => undefined);
  }
}

/**
 * A query, not a mutation: opening the page spends the token once, and React's double effects in
 * development or a re-render never send it twice (the second send would say "already used").
 */
export function useVerifyEmail(token: string) {
  return useQuery({
    queryKey: ['verify-email', token],
    queryFn: () => verifyEmail(token).then(() => true),
    enabled: token.length > 0,
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
