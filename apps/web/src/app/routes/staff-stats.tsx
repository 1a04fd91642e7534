import { StatsPage } from '@/features/stats/components/stats-page';

export function StaffStatsRoute() {
  return <StatsPage />;
}
