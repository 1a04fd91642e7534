import { ReviewQueuePage } from '@/features/opportunities/components/review-queue-page';

export function StaffOpportunitiesRoute() {
  return <ReviewQueuePage />;
}
