import type { ProgrammeResponse } from '@jcc/contracts';
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { usePublishSchedule, useRunSchedule } from '../api/meetings-mutations';
import { useSchedule } from '../api/meetings-queries';
import { meetingErrorText } from '../lib/meeting-errors';
import { DownloadButtons } from './download-buttons';
import { HallGrid } from './hall-grid';

/** Staff run the scheduler (locked meetings stay), publish, and read the hall grid. */
export function SchedulePanel({
  delegationId,
  programme,
}: {
  delegationId: string;
  programme: ProgrammeResponse;
}) {
  const { t } = useTranslation('meetings');
  const run = useRunSchedule(delegationId);
  const publish = usePublishSchedule(delegationId);
  const schedule = useSchedule(delegationId);
  const result = run.data;
  const error = run.error ?? publish.error;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge
          data-testid="schedule-status"
          data-status={programme.scheduleStatus}
          color={programme.scheduleStatus === 'published' ? 'green.9' : 'gray.7'}
        >
          {t(`scheduleStatus.${programme.scheduleStatus}`)}
        </Badge>
        <Button
          size="xs"
          loading={run.isPending}
          onClick={() => run.mutate(undefined)}
          data-testid="run-schedule"
        >
          {t('schedule.run')}
        </Button>
        <Button
          size="xs"
          color="green.9"
          disabled={programme.scheduleStatus === 'none'}
          loading={publish.isPending}
          onClick={() => publish.mutate(undefined)}
          data-testid="publish-schedule"
        >
          {t('schedule.publish')}
        </Button>
      </Group>
      {run.isPending && (
        <Text size="sm" role="status">
          {t('schedule.running')}
        </Text>
      )}
      {result && (
        <Paper withBorder p="sm" radius="md" data-testid="run-result">
          <Text size="sm">{t('schedule.result', { ...result })}</Text>
        </Paper>
      )}
      {error && (
        <Alert color="red" role="alert">
          {meetingErrorText(t, error)}
        </Alert>
      )}
      <DownloadButtons
        delegationId={delegationId}
        files={['schedule.csv', 'grid.pdf', 'table-cards.pdf']}
      />
      {schedule.data && (
        <HallGrid delegationId={delegationId} programme={programme} meetings={schedule.data} />
      )}
    </Stack>
  );
}
