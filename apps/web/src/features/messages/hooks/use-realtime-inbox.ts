import type { PresenceEvent } from '@jcc/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { connectSocket, getSocket } from '@/lib/socket';
import { useConversations } from '../api/get-conversations';
import { clearPresence, setPresence } from '../lib/presence-store';

/**
 * Keeps the signed-in firm's inbox live: one socket for the tab, presence of partners, and the
 * conversation list (unread counts) refreshed on every new message or conversation.
 */
export function useRealtimeInbox(enabled: boolean): { unread: number } {
  const queryClient = useQueryClient();
  const conversations = useConversations(enabled);

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const socket = getSocket();
    const onPresence = ({ companyId, online }: PresenceEvent) => setPresence(companyId, online);
    const refresh = () => void queryClient.invalidateQueries({ queryKey: ['conversations'] });
    socket.on('presence', onPresence);
    socket.on('message:new', refresh);
    socket.on('conversation:new', refresh);
    socket.on('connect', refresh);
    socket.on('disconnect', clearPresence);
    connectSocket();
    return () => {
      socket.off('presence', onPresence);
      socket.off('message:new', refresh);
      socket.off('conversation:new', refresh);
      socket.off('connect', refresh);
      socket.off('disconnect', clearPresence);
    };
  }, [enabled, queryClient]);

  const unread = conversations.data?.items.reduce((sum, item) => sum + item.unread, 0) ?? 0;
  return { unread };
}
