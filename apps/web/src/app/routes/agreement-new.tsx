import { NewAgreementPage } from '@/features/agreements/components/new-agreement-page';

export function AgreementNewRoute() {
  return <NewAgreementPage />;
}
