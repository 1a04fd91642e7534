import { useParams } from 'react-router';

import { AgreementDetailPage } from '@/features/agreements/components/agreement-detail-page';

export function AgreementRoute() {
  const { agreementId = '' } = useParams();
  return <AgreementDetailPage key={agreementId} agreementId={agreementId} />;
}
