import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ErrorState, LoadingState, errorMessageKey } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { dayFromToday, dayStart } from '@/lib/dates';
import { useFormatters } from '@/lib/labels';
import { useDownloadStatsCsv } from '../api/download-stats-csv';
import { useStats, type StatsWindow } from '../api/get-stats';
import { ActivityChart } from './activity-chart';
import { FillChart } from './fill-chart';
import { FirmsChart } from './firms-chart';
import { FunnelChart } from './funnel-chart';
import { MeetingFunnelChart } from './meeting-funnel-chart';
import { StatsFilters, type StatsParams } from './stats-filters';

const DEFAULT_WEEKS = 26;

export function StatsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const value: StatsParams = {
    from: params.get('from') ?? dayFromToday(-DEFAULT_WEEKS * 7),
    to: params.get('to') ?? dayFromToday(0),
  };
  const invalid = Boolean(value.from && value.to && value.from > value.to);
  const range: StatsWindow = invalid
    ? {}
    : { from: dayStart(value.from), to: dayStart(value.to, 1) };
  const stats = useStats(range);
  const csv = useDownloadStatsCsv();
  const data = stats.data;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <PageTitle>{t('stats.title')}</PageTitle>
          <Text c="dimmed">{t('stats.intro')}</Text>
        </div>
        <Button
          variant="light"
          onClick={() => csv.mutate(range)}
          loading={csv.isPending}
          disabled={invalid}
          data-testid="stats-csv"
        >
          {t('stats.downloadCsv')}
        </Button>
      </Group>
      <StatsFilters
        value={value}
        invalid={invalid}
        onChange={(next) => setParams({ from: next.from, to: next.to }, { replace: true })}
      />
      {csv.isError && (
        <Alert color="red" role="alert">
          {t(errorMessageKey(csv.error))}
        </Alert>
      )}
      {stats.isPending && <LoadingState />}
      {stats.isError && <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />}
      {data && (
        <Stack gap="md" style={{ opacity: stats.isPlaceholderData ? 0.6 : 1 }} data-testid="stats">
          <Text size="sm" c="dimmed" role="status">
            {/* `to` is exclusive (the next midnight): the last day shown is the one picked. */}
            {t('stats.window', {
              from: format.date(data.from),
              to: format.date(new Date(Date.parse(data.to) - 1)),
            })}
          </Text>
          {(!data.sources.matchFeedback ||
            !data.sources.contactRequests ||
            !data.sources.messages) && (
            <Alert color="yellow" variant="light" c="dark.8">
              {t('stats.sourcesMissing')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <FirmsChart rows={data.firmsByCountrySector} />
            <Stack gap="md" miw={0}>
              <FunnelChart funnel={data.verificationFunnel} />
              <FillChart delegations={data.delegations} />
            </Stack>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <ActivityChart
              testId="chart-matches"
              title={t('stats.matchesTitle')}
              weekly={data.weekly}
              series={['matchesSaved', 'contactRequests', 'contactsAccepted']}
            />
            <ActivityChart
              testId="chart-messages"
              title={t('stats.messagesTitle')}
              weekly={data.weekly}
              series={['messages']}
            />
          </SimpleGrid>
          <MeetingFunnelChart funnel={data.meetingFunnel} />
        </Stack>
      )}
    </Stack>
  );
}
