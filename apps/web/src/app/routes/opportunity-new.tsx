import { PostOpportunityForm } from '@/features/opportunities/components/post-opportunity-form';

export function OpportunityNewRoute() {
  return <PostOpportunityForm />;
}
