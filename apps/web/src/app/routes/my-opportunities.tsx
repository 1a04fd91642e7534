import { MyOpportunitiesPage } from '@/features/opportunities/components/my-opportunities-page';

export function MyOpportunitiesRoute() {
  return <MyOpportunitiesPage />;
}
