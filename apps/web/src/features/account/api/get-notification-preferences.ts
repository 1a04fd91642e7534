import type { NotificationPreference } from '@jcc/contracts';
import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export const notificationPreferencesKey = ['notification-preferences'] as const;

/** GET /api/me/notification-preferences — every category, on unless turned off. */
export async function getNotificationPreferences(
  signal?: AbortSignal,
): Promise<NotificationPreference[]> {
  const answer = await unwrap(api.GET('/api/me/notification-preferences', { signal }));
  return answer.preferences;
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationPreferencesKey,
    queryFn: ({ signal }) => getNotificationPreferences(signal),
  });
}
