import type { Page, PasswordChangedResponse, Role, UserResponse } from '@jcc/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** POST /api/auth/password — this device stays signed in; every other one is signed out. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordInput) =>
      unwrap<PasswordChangedResponse>(api.POST('/api/auth/password', { body })),
  });
}

const usersKey = ['users'] as const;

/** GET /api/users (admins): accounts by e-mail or name, newest first. */
export function useUsers(filters: { q?: string; role?: Role }) {
  return useQuery({
    queryKey: [...usersKey, filters],
    queryFn: ({ signal }) =>
      unwrap<Page<UserResponse>>(
        api.GET('/api/users', {
          params: { query: { q: filters.q || undefined, role: filters.role, limit: 50 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** PATCH /api/users/:id/role (admins): the account is signed out everywhere. */
export function useChangeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      unwrap<UserResponse>(
        api.PATCH('/api/users/{id}/role', { params: { path: { id: userId } }, body: { role } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
