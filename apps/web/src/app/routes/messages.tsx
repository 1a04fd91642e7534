import { useParams } from 'react-router';

import { MessagesPage } from '@/features/messages/components/messages-page';
import { useCurrentUser } from '@/lib/session';

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
