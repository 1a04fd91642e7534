import { Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useAgreements } from '../api/get-agreements';
import { useAgreementsText } from '../lib/use-agreements-text';
import { AgreementCard } from './agreement-card';

/** The register: staff see every agreement, a firm those it is party to. */
export function AgreementsPage() {
  const { ta, ready } = useAgreementsText();
  const agreements = useAgreements();
  if (!ready) {
    return <LoadingState />;
  }
  const items = agreements.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <PageTitle>{ta('list.title')}</PageTitle>
          <Text c="dimmed">{ta('list.intro')}</Text>
        </div>
        <Button component={Link} to="/agreements/new" data-testid="record-agreement">
          {ta('list.record')}
        </Button>
      </Group>
      {agreements.isPending && <LoadingState />}
      {agreements.isError && (
        <ErrorState error={agreements.error} onRetry={() => void agreements.refetch()} />
      )}
      {agreements.isSuccess && items.length === 0 && <EmptyState title={ta('list.empty')} />}
      <Stack gap="sm" data-testid="agreements-list">
        {items.map((agreement) => (
          <AgreementCard key={agreement.id} agreement={agreement} />
        ))}
      </Stack>
      {agreements.hasNextPage && (
        <Button
          variant="subtle"
          onClick={() => void agreements.fetchNextPage()}
          loading={agreements.isFetchingNextPage}
        >
          {ta('list.more')}
        </Button>
      )}
    </Stack>
  );
}
