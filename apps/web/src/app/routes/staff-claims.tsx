import { StaffClaimsPage } from '@/features/team/components/staff-claims-page';

export function StaffClaimsRoute() {
  return <StaffClaimsPage />;
}
