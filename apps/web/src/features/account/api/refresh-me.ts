import { api, unwrap } from '@/lib/api-client';
import { session } from '@/lib/session';

/** GET /api/auth/me — reloads the signed-in user (e.g. once the address is confirmed). */
export async function refreshMe(): Promise<void> {
  const user = await unwrap(api.GET('/api/auth/me'));
  if (session.getState().status === 'signed-in') {
    session.setUser(user);
  }
}
