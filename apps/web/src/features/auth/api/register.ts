import type { AuthResponse, UiLocale } from '@jcc/contracts';
import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { session } from '@/lib/session';

export interface RegisterInput {
  email: string;
  password: string;
  fullName: string;
  locale: UiLocale;
}

/** POST /api/auth/register */
export function register(body: RegisterInput): Promise<AuthResponse> {
  return unwrap(api.POST('/api/auth/register', { body }));
}

export function useRegister() {
  return useMutation({
    mutationFn: register,
    onSuccess: (auth) => session.signIn(auth),
  });
}
