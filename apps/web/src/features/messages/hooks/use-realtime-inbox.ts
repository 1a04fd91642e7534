import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { useCurrentUser } from '@/lib/session';

import { useConversations } from '../api/get-conversations';
import { subscribeToInbox } from '../api/subscribe-to-inbox';
import { clearPresence, setPresence } from '../lib/presence-store';
import { useOutboxFlush } from './use-outbox-flush';

/**
 * Keeps the signed-in firm's inbox live: one socket for the tab, presence of partners, and the
 * conversation list (unread counts) refreshed on every new message or conversation, and the
 * user's outbox sent whenever the socket (re)connects, whatever page is open.
 */
export function useRealtimeInbox(enabled: boolean): { unread: number } {
  const queryClient = useQueryClient();
  const conversations = useConversations(enabled);
  const userId = useCurrentUser()?.id;
  useOutboxFlush(enabled ? userId : null);

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    return subscribeToInbox({
      onPresence: ({ companyId, online }) => setPresence(companyId, online),
      onChange: () => void queryClient.invalidateQueries({ queryKey: ['conversations'] }),
      onDisconnect: clearPresence,
    });
  }, [enabled, queryClient]);

  const unread = conversations.data?.items.reduce((sum, item) => sum + item.unread, 0) ?? 0;
  return { unread };
}
