import { DelegationsPage } from '@/features/delegations/components/delegations-page';

export function StaffDelegationsRoute() {
  return <DelegationsPage />;
}
