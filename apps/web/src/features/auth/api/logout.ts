import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { session } from '@/lib/session';

/** POST /api/auth/logout — the refresh token is spent; locally the session ends either way. */
export async function logout(): Promise<void> {
  const refreshToken = session.getRefreshToken();
  try {
    if (refreshToken && session.getAccessToken()) {
      await unwrap(api.POST('/api/auth/logout', { body: { refreshToken } }));
    }
  } finally {
    // A dynamic import keeps the socket client out of the first load; a page with a socket has
    // loaded that module already, so this resolves at once.
    const { disconnectSocket } = await import('@/lib/socket');
    disconnectSocket();
    session.signOut();
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => queryClient.clear(),
  });
}
