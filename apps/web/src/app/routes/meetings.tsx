import { IncomingDelegationsPage } from '@/features/meetings/components/incoming-delegations-page';

/** Host-country firms: delegations coming to their country. */
export function MeetingsRoute() {
  return <IncomingDelegationsPage />;
}
