import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { connectSocket, getSocket } from '@/lib/socket';
import { notificationKeys } from '../api/notifications-api';

/**
 * `notification:new` arrives on the tab's socket (sent after the server's commit): the badge and
 * the list are read again; a reconnect may have missed some, so it reads them again too.
 */
export function useLiveNotifications(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const socket = getSocket();
    const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    socket.on('notification:new', refresh);
    socket.on('connect', refresh);
    connectSocket();
    return () => {
      socket.off('notification:new', refresh);
      socket.off('connect', refresh);
    };
  }, [enabled, queryClient]);
}
