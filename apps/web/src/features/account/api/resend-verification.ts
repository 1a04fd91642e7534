import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** POST /api/auth/verify-email/resend — the same answer whether or not the address is known. */
export async function resendVerification(email: string): Promise<void> {
  await unwrap(api.POST('/api/auth/verify-email/resend', { body: { email } }));
}

export function useResendVerification() {
  return useMutation({ mutationFn: resendVerification });
}
