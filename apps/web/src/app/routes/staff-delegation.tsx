import { useParams } from 'react-router';

import { DelegationDetailPage } from '@/features/delegations/components/delegation-detail-page';

export function StaffDelegationRoute() {
  const { delegationId = '' } = useParams();
  return <DelegationDetailPage key={delegationId} delegationId={delegationId} />;
}
