import { useParams } from 'react-router';

import { companyQuery } from '@/features/companies/api/get-company';
import { conversationQuery } from '@/features/messages/api/get-conversation';
import { conversationsQuery } from '@/features/messages/api/get-conversations';
import { MessagesPage } from '@/features/messages/components/messages-page';
import type { FirstDataPrefetch } from '@/lib/first-data';
import { useCurrentUser } from '@/lib/session';

/**
 * The answers of the messages page's first render (lib/first-data): the firm (its banner), the
 * conversation list and the open conversation. The thread's last messages are the thread's own
 * request on mount (features/messages use-thread-history).
 */
export const prefetchFirstData: FirstDataPrefetch = (queryClient, user, _search, params) => [
  ...(user.companyId ? [queryClient.prefetchQuery(companyQuery(user.companyId))] : []),
  queryClient.prefetchQuery(conversationsQuery()),
  ...(params?.conversationId
    ? [queryClient.prefetchQuery(conversationQuery(params.conversationId))]
    : []),
];

export function MessagesRoute() {
  const { conversationId } = useParams();
  const user = useCurrentUser();
  if (!user) {
    return null;
  }
  return (
    <MessagesPage conversationId={conversationId} myUserId={user.id} myCompanyId={user.companyId} />
  );
}
