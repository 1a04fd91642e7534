import type { AuthResponse } from '@jcc/contracts';
import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { session } from '@/lib/session';

export interface LoginInput {
  email: string;
  password: string;
}

/** POST /api/auth/login */
export function login(body: LoginInput): Promise<AuthResponse> {
  return unwrap(api.POST('/api/auth/login', { body }));
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (auth) => session.signIn(auth),
  });
}
