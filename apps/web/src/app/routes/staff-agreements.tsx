import { AgreementsDashboardPage } from '@/features/agreements/components/agreements-dashboard-page';

export function StaffAgreementsRoute() {
  return <AgreementsDashboardPage />;
}
