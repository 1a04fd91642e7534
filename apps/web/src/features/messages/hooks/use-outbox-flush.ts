import { useEffect } from 'react';

import { getSocket } from '@/lib/socket';

import { outboxOf } from '../lib/user-outbox';

/**
 * Sends what the user wrote without a connection (or before a reload) as soon as the socket is
 * connected, and again on every reconnect. Used by the app's inbox (every page) and by the open
 * thread; two callers share the one run of the outbox.
 */
export function useOutboxFlush(userId: string | null | undefined): void {
  useEffect(() => {
    if (!userId) {
      return undefined;
    }
    const outbox = outboxOf(userId);
    const socket = getSocket();
    const onConnect = () => void outbox.reconnected();
    socket.on('connect', onConnect);
    void outbox.flush();
    return () => {
      socket.off('connect', onConnect);
    };
  }, [userId]);
}
