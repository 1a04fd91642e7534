import { useEffect } from 'react';

import { usePendingRequestCount } from '@/features/contacts/api/get-contact-requests';
import { useLiveContactRequests } from '@/features/contacts/hooks/use-live-contact-requests';
import { useRealtimeInbox } from '@/features/messages/hooks/use-realtime-inbox';

export type MemberCounts = { unread: number; pendingRequests: number };

/**
 * What stays live for a signed-in firm — the chat socket (socket.io-client), the inbox's unread
 * count and the contact requests waiting for an answer — reported to the header. A chunk of its
 * own (the root layout loads it only for a member with a firm), so the landing page and the
 * directory never download the socket client. Unmounted at sign-out, which closes the inbox.
 */
export function MemberLive({ onCounts }: { onCounts: (counts: MemberCounts) => void }) {
  const { unread } = useRealtimeInbox(true);
  const pendingRequests = usePendingRequestCount(true);
  // The count changes the moment a request arrives or is answered (contact-request:changed).
  useLiveContactRequests(true);
  useEffect(() => {
    onCounts({ unread, pendingRequests });
  }, [unread, pendingRequests, onCounts]);
  return null;
}
