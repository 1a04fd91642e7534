import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import { useSocketStatus } from '@/lib/socket';

import { markRead } from '../api/mark-read';

/**
 * Tells the server how far this user has read: once per newer message, only while the tab is
 * visible, and again after a reconnect if the socket was down. The inbox's unread counts are
 * refreshed once the server has it.
 */
export function useReadMarks(conversationId: string, newestSeq: number | undefined): void {
  const queryClient = useQueryClient();
  const connection = useSocketStatus();
  const readSent = useRef(0);

  useEffect(() => {
    if (
      newestSeq === undefined ||
      newestSeq <= readSent.current ||
      document.visibilityState === 'hidden'
    ) {
      return;
    }
    const sent = markRead(conversationId, newestSeq);
    if (!sent) {
      return;
    }
    readSent.current = newestSeq;
    void sent.then(() => queryClient.invalidateQueries({ queryKey: ['conversations'] }));
  }, [conversationId, newestSeq, queryClient, connection]);
}
