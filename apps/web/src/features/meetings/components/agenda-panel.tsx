import {
  MEETING_OUTCOMES,
  type MeetingRequestResponse,
  type ProgrammeResponse,
} from '@jcc/contracts';
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useCheckIn, useMeetingOutcome, useReportMeeting } from '../api/meetings-mutations';
import { useSchedule } from '../api/meetings-queries';
import { dayIn, venueZone } from '../lib/dual-time';
import { meetingErrorText } from '../lib/meeting-errors';
import { DownloadButtons } from './download-buttons';
import { DualClock } from './dual-clock';

function AgendaItem({
  delegationId,
  meeting,
  myCompanyId,
  hostCountry,
}: {
  delegationId: string;
  meeting: MeetingRequestResponse;
  myCompanyId: string;
  hostCountry: 'PK' | 'AZ';
}) {
  const { t, i18n } = useTranslation('meetings');
  const report = useReportMeeting(delegationId);
  const outcome = useMeetingOutcome(delegationId);
  const mine = meeting.requester.id === myCompanyId ? 'requesterReport' : 'targetReport';
  const theirs = mine === 'requesterReport' ? 'targetReport' : 'requesterReport';
  const other = meeting.requester.id === myCompanyId ? meeting.target : meeting.requester;
  const noShow = meeting.requesterReport === 'no_show' || meeting.targetReport === 'no_show';
  const error = report.error ?? outcome.error;
  if (!meeting.slot) {
    return null;
  }
  return (
    <Paper withBorder radius="md" p="sm" component="article" data-testid="agenda-item">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>
            {dayIn(i18n.resolvedLanguage ?? 'en', meeting.slot.startsAt, venueZone(hostCountry))}
          </Text>
          <Badge variant="light">{t('agenda.table', { table: meeting.table ?? '' })}</Badge>
        </Group>
        <DualClock start={meeting.slot.startsAt} end={meeting.slot.endsAt} />
        <Text dir="auto" data-testid="agenda-counterpart">
          {other.name}
        </Text>
        <Text size="xs" c="dimmed">
          {t('agenda.reports', {
            mine: t(`report.${meeting[mine] ?? 'none'}`),
            theirs: t(`report.${meeting[theirs] ?? 'none'}`),
          })}
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            variant={meeting[mine] === 'held' ? 'filled' : 'default'}
            loading={report.isPending && report.variables?.report === 'held'}
            onClick={() => report.mutate({ requestId: meeting.id, report: 'held' })}
            data-testid="report-held"
          >
            {t('agenda.held')}
          </Button>
          <Button
            size="xs"
            color="red.9"
            variant={meeting[mine] === 'no_show' ? 'filled' : 'default'}
            loading={report.isPending && report.variables?.report === 'no_show'}
            onClick={() => report.mutate({ requestId: meeting.id, report: 'no_show' })}
            data-testid="report-no-show"
          >
            {t('agenda.noShow')}
          </Button>
        </Group>
        {!noShow && (
          <Select
            label={t('agenda.outcome')}
            placeholder={t('agenda.outcomePlaceholder')}
            data={MEETING_OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }))}
            value={meeting.outcome}
            onChange={(value) =>
              value &&
              outcome.mutate({
                requestId: meeting.id,
                outcome: value,
              })
            }
            data-testid="outcome"
          />
        )}
        {error && (
          <Alert color="red" role="alert">
            {meetingErrorText(t, error)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** The firm's own agenda once staff publish it, its files, and what to do on the day. */
export function AgendaPanel({
  delegationId,
  programme,
  myCompanyId,
  hostCountry,
}: {
  delegationId: string;
  programme: ProgrammeResponse;
  myCompanyId: string;
  hostCountry: 'PK' | 'AZ';
}) {
  const { t } = useTranslation('meetings');
  const published = programme.scheduleStatus === 'published';
  const schedule = useSchedule(delegationId, published);
  const checkIn = useCheckIn(delegationId);
  if (!published) {
    return (
      <Text c="dimmed" data-testid="agenda-unpublished">
        {t('agenda.notPublished')}
      </Text>
    );
  }
  const meetings = schedule.data ?? [];
  return (
    <Stack gap="sm" data-testid="agenda">
      <DownloadButtons delegationId={delegationId} files={['agenda.ics', 'agenda.pdf']} />
      <Group gap="xs">
        <Button
          size="xs"
          color="teal.9"
          loading={checkIn.isPending}
          disabled={checkIn.isSuccess}
          onClick={() => checkIn.mutate(undefined)}
          data-testid="check-in"
        >
          {checkIn.isSuccess ? t('agenda.checkedIn') : t('agenda.checkIn')}
        </Button>
      </Group>
      {checkIn.error && (
        <Alert color="red" role="alert">
          {meetingErrorText(t, checkIn.error)}
        </Alert>
      )}
      {schedule.isSuccess && meetings.length === 0 && <Text c="dimmed">{t('agenda.empty')}</Text>}
      {meetings.map((meeting) => (
        <AgendaItem
          key={meeting.id}
          delegationId={delegationId}
          meeting={meeting}
          myCompanyId={myCompanyId}
          hostCountry={hostCountry}
        />
      ))}
    </Stack>
  );
}
