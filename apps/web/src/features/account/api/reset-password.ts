import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { session } from '@/lib/session';

export interface ResetPasswordInput {
  token: string;
  password: string;
}

/**
 * POST /api/auth/password-reset — sets the new password; the API ends every login of the
 * account, so this tab's session (if any) ends too.
 */
export async function resetPassword(body: ResetPasswordInput): Promise<void> {
  await unwrap(api.POST('/api/auth/password-reset', { body }));
  if (session.getState().status !== 'signed-out') {
    session.signOut();
  }
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
