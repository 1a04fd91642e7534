import { useParams } from 'react-router';

import { InvitationPage } from '@/features/team/components/invitation-page';

export function InviteRoute() {
  const { token = '' } = useParams();
  return <InvitationPage key={token} token={token} />;
}
