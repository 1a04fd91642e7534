import {
  FIRM_STATUS_TRANSITIONS,
  SEAT_HOLDING_STATUSES,
  type DelegationMemberStatus,
  type DelegationResponse,
} from '@jcc/contracts';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { OfflineNotice } from '@/components/ui/offline-notice';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useApplyToDelegation } from '../api/apply-to-delegation';
import { DELEGATIONS_COPY, useDelegations } from '../api/get-delegations';
import { useSetMemberStatus } from '../api/set-member-status';
import { delegationErrorText } from '../lib/delegation-errors';
import { CapacityMeter, MemberStatusBadge } from './delegation-badges';
import { DelegationFacts } from './delegation-facts';

const ANSWER_KEYS: Partial<Record<DelegationMemberStatus, string>> = {
  confirmed: 'delegations.confirm',
  declined: 'delegations.decline',
};

/** What a firm may do about one delegation: apply, or answer from where it stands. */
function MyDelegation({
  delegation,
  companyId,
}: {
  delegation: DelegationResponse;
  companyId: string;
}) {
  const { t } = useTranslation();
  const apply = useApplyToDelegation();
  const answer = useSetMemberStatus(delegation.id);
  const status = delegation.myStatus ?? null;
  const error = apply.error ?? answer.error;
  const answers = status ? FIRM_STATUS_TRANSITIONS[status] : [];

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      data-testid="my-delegation"
      data-delegation-id={delegation.id}
      data-status={status ?? 'none'}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4">
            <bdi>{delegation.title}</bdi>
          </Title>
          {status ? (
            <MemberStatusBadge status={status} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('delegations.notOnIt')}
            </Text>
          )}
        </Group>
        <DelegationFacts delegation={delegation} />
        <CapacityMeter seatsTaken={delegation.seatsTaken} capacity={delegation.capacity} compact />
        {status && <Text size="sm">{t(`delegations.myStatusHint.${status}`)}</Text>}
        {error && (
          <Alert color="red" role="alert">
            {delegationErrorText(t, error)}
          </Alert>
        )}
        <Group gap="xs">
          {!status && (
            <Button
              size="xs"
              loading={apply.isPending}
              onClick={() => apply.mutate(delegation.id)}
              data-testid="apply"
            >
              {t('delegations.apply')}
            </Button>
          )}
          {status && (SEAT_HOLDING_STATUSES as readonly string[]).includes(status) && (
            // The meetings pages are reached by route: features do not import each other.
            <Button
              size="xs"
              variant="light"
              component={Link}
              to={`/meetings/${delegation.id}`}
              data-testid="open-meetings"
            >
              {t('nav.meetings')}
            </Button>
          )}
          {answers.map((next) => (
            <Button
              key={next}
              size="xs"
              variant={next === 'declined' ? 'default' : 'filled'}
              loading={answer.isPending && answer.variables?.status === next}
              disabled={answer.isPending}
              onClick={() => answer.mutate({ companyId, status: next })}
              data-testid={next === 'declined' ? 'decline' : 'confirm'}
            >
              {t(ANSWER_KEYS[next] ?? 'delegations.decline')}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

/** A member's delegations: those its firm is on, and those it may still apply to. */
export function MyDelegationsPage({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const delegations = useDelegations();
  const items = delegations.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <PageTitle>{t('delegations.myTitle')}</PageTitle>
      <Text c="dimmed">{t('delegations.myIntro')}</Text>
      <OfflineNotice copies={[DELEGATIONS_COPY]} />
      {delegations.isPending && <LoadingState />}
      {delegations.isError && (
        <ErrorState error={delegations.error} onRetry={() => void delegations.refetch()} />
      )}
      {delegations.isSuccess && items.length === 0 && (
        <EmptyState title={t('delegations.myEmpty')}>{t('delegations.myEmptyHint')}</EmptyState>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {items.map((delegation) => (
          <MyDelegation key={delegation.id} delegation={delegation} companyId={companyId} />
        ))}
      </SimpleGrid>
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
