import { AgreementsPage } from '@/features/agreements/components/agreements-page';

export function AgreementsRoute() {
  return <AgreementsPage />;
}
