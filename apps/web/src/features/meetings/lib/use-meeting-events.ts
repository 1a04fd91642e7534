import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { connectSocket } from '@/lib/socket';

import { meetingKeys } from '../api/meetings-queries';

/**
 * Live updates of meetings: the API sends `meeting:request` (sent, accepted, declined) and
 * `meeting:schedule-published` only to the firms concerned and staff; the page refetches the
 * visit's queries (the events carry ids, the data comes with the caller's rights).
 */
export function useMeetingEvents(delegationId?: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const socket = connectSocket();
    const refresh = (payload: { delegationId: string }) => {
      if (!delegationId || payload.delegationId === delegationId) {
        void queryClient.invalidateQueries({ queryKey: meetingKeys.visit(payload.delegationId) });
        void queryClient.invalidateQueries({ queryKey: meetingKeys.incoming });
      }
    };
    socket.on('meeting:request', refresh);
    socket.on('meeting:schedule-published', refresh);
    return () => {
      socket.off('meeting:request', refresh);
      socket.off('meeting:schedule-published', refresh);
    };
  }, [delegationId, queryClient]);
}
