import type { IncomingDelegation } from '@jcc/contracts';
import { delegationCountries } from '@jcc/contracts';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { OfflineNotice } from '@/components/ui/offline-notice';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useFormatters, useLabels } from '@/lib/labels';

import { useRegisterHost } from '../api/meetings-mutations';
import { offlineCopies, useIncomingDelegations } from '../api/meetings-queries';
import { meetingErrorText } from '../lib/meeting-errors';
import { useMeetingEvents } from '../lib/use-meeting-events';
import { ProgrammeView } from './programme-view';

function IncomingCard({ visit }: { visit: IncomingDelegation }) {
  const { t } = useTranslation('meetings');
  const labels = useLabels();
  const format = useFormatters();
  const register = useRegisterHost(visit.id);
  const { host } = delegationCountries(visit.direction);
  const registered = visit.myHostStatus === 'registered';
  return (
    <Paper withBorder radius="md" p="md" component="article" data-testid="incoming-visit">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h4" dir="auto">
            {visit.title}
          </Title>
          {visit.myHostStatus && (
            <Badge color={registered ? 'green.9' : 'blue.9'}>
              {t(`hostStatus.${visit.myHostStatus}`)}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {t('incoming.when', {
            city: visit.hostCity,
            from: format.date(visit.startsOn),
            to: format.date(visit.endsOn),
          })}
        </Text>
        <Text size="sm">{labels.list('sector', visit.sectors)}</Text>
        <Text size="sm" fw={600}>
          {t('incoming.members', { count: visit.members.length })}
        </Text>
        <Text size="sm" dir="auto" data-testid="incoming-members">
          {visit.members.map((member) => member.name).join(' · ')}
        </Text>
        {visit.programme ? (
          <ProgrammeView programme={visit.programme} hostCountry={host} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('programme.none')}
          </Text>
        )}
        {register.error && (
          <Alert color="red" role="alert">
            {meetingErrorText(t, register.error)}
          </Alert>
        )}
        <Group gap="xs">
          {!registered && (
            <Button
              size="xs"
              loading={register.isPending}
              onClick={() => register.mutate(undefined)}
              data-testid="register-host"
            >
              {t('incoming.register')}
            </Button>
          )}
          {registered && (
            <Button
              size="xs"
              component={Link}
              to={`/meetings/${visit.id}`}
              data-testid="open-visit"
            >
              {t('incoming.open')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Host-country firms: the delegations coming to their country, and registering to meet them. */
export function IncomingDelegationsPage() {
  const { t } = useTranslation('meetings');
  const incoming = useIncomingDelegations();
  useMeetingEvents();
  return (
    <Stack>
      <PageTitle>{t('incoming.title')}</PageTitle>
      <Text c="dimmed">{t('incoming.intro')}</Text>
      <OfflineNotice copies={offlineCopies()} />
      {incoming.isPending && <LoadingState />}
      {incoming.isError && (
        <ErrorState error={incoming.error} onRetry={() => void incoming.refetch()} />
      )}
      {incoming.isSuccess && incoming.data.length === 0 && (
        <EmptyState title={t('incoming.empty')}>{t('incoming.emptyHint')}</EmptyState>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {incoming.data?.map((visit) => (
          <IncomingCard key={visit.id} visit={visit} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
