import type { NotificationPreference } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { notificationPreferencesKey } from './get-notification-preferences';

/** PATCH /api/me/notification-preferences — the categories given; returns all of them. */
export async function updateNotificationPreferences(
  preferences: NotificationPreference[],
): Promise<NotificationPreference[]> {
  const answer = await unwrap(
    api.PATCH('/api/me/notification-preferences', { body: { preferences } }),
  );
  return answer.preferences;
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationPreferences,
    onSuccess: (preferences) => queryClient.setQueryData(notificationPreferencesKey, preferences),
  });
}
