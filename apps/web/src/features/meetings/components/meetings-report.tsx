import type { MeetingStatsResponse } from '@jcc/contracts';
import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '@/lib/labels';

import { useMeetingRequests, useMeetingStats } from '../api/meetings-queries';
import { RequestCard } from './request-card';

const STAGES = ['requested', 'accepted', 'scheduled', 'held', 'followUp'] as const;

/** The visit's funnel as bars (requested → … → follow-up), then every request. */
export function StatsFunnel({ stats }: { stats: MeetingStatsResponse }) {
  const { t } = useTranslation('meetings');
  const format = useFormatters();
  const top = Math.max(stats.requested, 1);
  return (
    <Paper withBorder p="md" radius="md" data-testid="meetings-funnel">
      <Stack gap="xs">
        {STAGES.map((stage) => (
          <Stack key={stage} gap={2}>
            <Group justify="space-between">
              <Text size="sm">{t(`stats.${stage}`)}</Text>
              <Text size="sm" fw={600} data-testid={`stat-${stage}`}>
                {format.number(stats[stage])}
              </Text>
            </Group>
            <Progress value={(stats[stage] / top) * 100} aria-hidden />
          </Stack>
        ))}
        <Group gap="lg">
          <Text size="sm">{t('stats.noShowLine', { count: stats.noShow })}</Text>
          <Text size="sm">{t('stats.checkedInLine', { count: stats.checkedIn })}</Text>
          <Text size="sm">{t('stats.agreementLine', { count: stats.agreementInView })}</Text>
        </Group>
      </Stack>
    </Paper>
  );
}

export function MeetingsReport({ delegationId }: { delegationId: string }) {
  const { t } = useTranslation('meetings');
  const stats = useMeetingStats(delegationId);
  const requests = useMeetingRequests(delegationId);
  return (
    <Stack gap="sm">
      {stats.data && <StatsFunnel stats={stats.data} />}
      <Text fw={600}>{t('report.requests', { count: requests.data?.length ?? 0 })}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {requests.data?.map((request) => (
          <RequestCard key={request.id} request={request} myCompanyId={null} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
