import type { NotificationItem, NotificationUnreadCount, Page } from '@jcc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export const notificationKeys = {
  all: ['notifications'] as const,
  list: ['notifications', 'list'] as const,
  unread: ['notifications', 'unread'] as const,
};

/** GET /api/notifications — the newest page (the popover shows it). */
export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.list,
    enabled,
    queryFn: ({ signal }) =>
      unwrap<Page<NotificationItem>>(
        api.GET('/api/notifications', { params: { query: { limit: 20 } }, signal }),
      ),
  });
}

/** GET /api/notifications/unread-count — the bell's badge. */
export function useUnreadNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread,
    enabled,
    queryFn: ({ signal }) =>
      unwrap<NotificationUnreadCount>(api.GET('/api/notifications/unread-count', { signal })),
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap<NotificationUnreadCount>(
        api.POST('/api/notifications/{id}/read', { params: { path: { id } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap<NotificationUnreadCount>(api.POST('/api/notifications/read-all')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
