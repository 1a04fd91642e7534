import { useParams } from 'react-router';

import { OpportunityDetailPage } from '@/features/opportunities/components/opportunity-detail-page';

export function OpportunityRoute() {
  const { opportunityId = '' } = useParams();
  return <OpportunityDetailPage key={opportunityId} id={opportunityId} />;
}
