import { useParams } from 'react-router';

import { EditOpportunityPage } from '@/features/opportunities/components/edit-opportunity-page';

export function OpportunityEditRoute() {
  const { opportunityId = '' } = useParams();
  return <EditOpportunityPage key={opportunityId} id={opportunityId} />;
}
