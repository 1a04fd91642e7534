import type { UiLocale, UserResponse } from '@jcc/contracts';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';
import { session } from '@/lib/session';

export type UpdateMeBody =
  paths['/api/auth/me']['patch']['requestBody']['content']['application/json'];

/** PATCH /api/auth/me — the signed-in user's interface language and displayed name. */
export function updateMe(body: UpdateMeBody): Promise<UserResponse> {
  return unwrap(api.PATCH('/api/auth/me', { body }));
}

/** Stores the language on the account, so it follows the user to every device. */
export async function saveAccountLocale(locale: UiLocale): Promise<void> {
  const user = await updateMe({ locale });
  if (session.getState().status === 'signed-in') {
    session.setUser(user);
  }
}
