import { useParams } from 'react-router';

import { CaughtMailPage } from '@/features/dev-mailbox/components/caught-mail-page';
import { DevMailboxPage } from '@/features/dev-mailbox/components/dev-mailbox-page';

export function StaffMailboxRoute() {
  const { mailId } = useParams();
  return mailId ? <CaughtMailPage key={mailId} mailId={mailId} /> : <DevMailboxPage />;
}
