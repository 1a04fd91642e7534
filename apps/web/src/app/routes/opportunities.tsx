import { BoardPage } from '@/features/opportunities/components/board-page';

export function OpportunitiesRoute() {
  return <BoardPage />;
}
