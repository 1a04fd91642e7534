import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { connectSocket, getSocket } from '@/lib/socket';

/**
 * `contact-request:changed` arrives on the tab's socket after the server's commit (a request sent
 * to this firm, or one of its requests answered): every contact-request query (both boxes, the
 * menu's count, the cards' states) is read again, so the count changes without a reload. A
 * reconnect may have missed some, so it reads them again too.
 */
export function useLiveContactRequests(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const socket = getSocket();
    const refresh = () => void queryClient.invalidateQueries({ queryKey: ['contact-requests'] });
    socket.on('contact-request:changed', refresh);
    socket.on('connect', refresh);
    connectSocket();
    return () => {
      socket.off('contact-request:changed', refresh);
      socket.off('connect', refresh);
    };
  }, [enabled, queryClient]);
}
