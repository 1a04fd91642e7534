import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useFormatters, useLabels } from '@/lib/labels';
import { useDelegations } from '../api/get-delegations';
import { CapacityMeter } from './delegation-badges';

/** Staff: every trade delegation, the latest first, with how full each one is. */
export function DelegationsPage() {
  const { t } = useTranslation();
  const { list } = useLabels();
  const format = useFormatters();
  const delegations = useDelegations();
  const items = delegations.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <PageTitle>{t('delegations.title')}</PageTitle>
          <Text c="dimmed">{t('delegations.intro')}</Text>
        </div>
        <Button component={Link} to="/staff/delegations/new" data-testid="new-delegation">
          {t('delegations.new')}
        </Button>
      </Group>
      {delegations.isPending && <LoadingState />}
      {delegations.isError && (
        <ErrorState error={delegations.error} onRetry={() => void delegations.refetch()} />
      )}
      {delegations.isSuccess && items.length === 0 && (
        <EmptyState title={t('delegations.empty')}>{t('delegations.emptyHint')}</EmptyState>
      )}
      {items.length > 0 && (
        // A table on a desktop, one card per delegation on a phone (app.css, responsive-table).
        <Table.ScrollContainer minWidth={0}>
          <Table
            striped
            withTableBorder
            verticalSpacing="sm"
            className="responsive-table"
            data-testid="delegations-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('delegations.fields.title')}</Table.Th>
                <Table.Th>{t('delegations.fields.direction')}</Table.Th>
                <Table.Th>{t('delegations.fields.hostCity')}</Table.Th>
                <Table.Th>{t('delegations.when')}</Table.Th>
                <Table.Th>{t('delegations.fields.sectors')}</Table.Th>
                <Table.Th>{t('delegations.fields.capacity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((delegation) => (
                <Table.Tr key={delegation.id} data-testid="delegation-row">
                  <Table.Td data-label={t('delegations.fields.title')}>
                    <Anchor component={Link} to={`/staff/delegations/${delegation.id}`} dir="auto">
                      {delegation.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td data-label={t('delegations.fields.direction')}>
                    {t(`delegations.directions.${delegation.direction}`)}
                  </Table.Td>
                  <Table.Td data-label={t('delegations.fields.hostCity')}>
                    <bdi>{delegation.hostCity}</bdi>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} data-label={t('delegations.when')}>
                    {format.date(`${delegation.startsOn}T12:00:00Z`)}
                  </Table.Td>
                  <Table.Td data-label={t('delegations.fields.sectors')}>
                    <Text size="sm" lineClamp={2}>
                      {list('sector', delegation.sectors)}
                    </Text>
                  </Table.Td>
                  <Table.Td data-label={t('delegations.fields.capacity')}>
                    <CapacityMeter
                      seatsTaken={delegation.seatsTaken}
                      capacity={delegation.capacity}
                      compact
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {delegations.hasNextPage && (
        <Button
          variant="default"
          loading={delegations.isFetchingNextPage}
          onClick={() => void delegations.fetchNextPage()}
        >
          {t('action.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
