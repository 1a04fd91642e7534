import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** POST /api/auth/password-reset/request — the same answer whether or not the address is known. */
export async function requestPasswordReset(email: string): Promise<void> {
  await unwrap(api.POST('/api/auth/password-reset/request', { body: { email } }));
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
