import type { Country, HsChapterCode, OpportunityKind, SectorCode } from '@jcc/contracts';
import { Alert, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useCurrentUser } from '@/lib/session';
import { useBoard, type BoardFilters as Filters } from '../api/get-board';
import { BoardFilters } from './board-filters';
import { OpportunityCard } from './opportunity-card';

function useFilters(): [Filters, (key: keyof Filters, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const read = (key: string) => params.get(key) || undefined;
  const filters: Filters = {
    kind: read('kind') as OpportunityKind | undefined,
    sector: read('sector') as SectorCode | undefined,
    hs: read('hs') as HsChapterCode | undefined,
    country: read('country') as Country | undefined,
    q: read('q'),
  };
  const set = (key: keyof Filters, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) {
        next.set(key, value);
      } else {
        next.delete(key);
      }
      return next;
    });
  return [filters, set];
}

/** The public board: cards in one column on a phone, two on wider screens. */
export function BoardPage() {
  const { t } = useTranslation('opportunities');
  const user = useCurrentUser();
  const [filters, setFilter] = useFilters();
  const board = useBoard(filters);
  const items = board.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageTitle>{t('board.title')}</PageTitle>
      {user?.companyId && (
        <Group gap="sm" mb="md">
          <Button component={Link} to="/opportunities/new">
            {t('board.post')}
          </Button>
          <Button component={Link} to="/opportunities/mine" variant="default">
            {t('board.mine')}
          </Button>
        </Group>
      )}
      {!user && (
        <Alert variant="light" color="blue" mb="md" c="dark.8">
          {t('board.signInTeaser')}
        </Alert>
      )}
      <BoardFilters filters={filters} onChange={setFilter} />
      {board.isPending ? (
        <LoadingState />
      ) : board.isError ? (
        <ErrorState error={board.error} onRetry={() => void board.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('board.empty')}>{t('board.emptyHint')}</EmptyState>
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {items.map((opportunity) => (
              <OpportunityCard key={opportunity.id} opportunity={opportunity} />
            ))}
          </SimpleGrid>
          {board.hasNextPage && (
            <Button
              variant="default"
              loading={board.isFetchingNextPage}
              onClick={() => void board.fetchNextPage()}
            >
              {t('board.more')}
            </Button>
          )}
        </Stack>
      )}
    </>
  );
}
