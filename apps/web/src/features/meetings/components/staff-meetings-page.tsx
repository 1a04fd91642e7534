import { delegationCountries } from '@jcc/contracts';
import { Button, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';

import { useProgramme, useVisit } from '../api/meetings-queries';
import { useMeetingEvents } from '../lib/use-meeting-events';
import { HostsPanel } from './hosts-panel';
import { MeetingsReport } from './meetings-report';
import { ProgrammeEditor } from './programme-editor';
import { ProgrammeView } from './programme-view';
import { SchedulePanel } from './schedule-panel';

/** Staff: a visit's B2B meetings — programme, host invitations, schedule and hall, report. */
export function StaffMeetingsPage({ delegationId }: { delegationId: string }) {
  const { t } = useTranslation('meetings');
  useMeetingEvents(delegationId);
  const visit = useVisit(delegationId);
  const programme = useProgramme(delegationId);
  if (visit.isPending || programme.isPending) {
    return <LoadingState />;
  }
  if (visit.isError || programme.isError) {
    return (
      <ErrorState error={visit.error ?? programme.error} onRetry={() => void visit.refetch()} />
    );
  }
  const { host } = delegationCountries(visit.data.direction);
  return (
    <Stack>
      <Button
        component={Link}
        to={`/staff/delegations/${delegationId}`}
        variant="subtle"
        size="xs"
        w="fit-content"
        px={0}
      >
        {t('staff.back')}
      </Button>
      <PageTitle>{t('staff.title', { title: visit.data.title })}</PageTitle>
      <Tabs defaultValue="programme" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="programme">{t('staff.tabs.programme')}</Tabs.Tab>
          <Tabs.Tab value="hosts">{t('staff.tabs.hosts')}</Tabs.Tab>
          <Tabs.Tab value="schedule" data-testid="tab-schedule">
            {t('staff.tabs.schedule')}
          </Tabs.Tab>
          <Tabs.Tab value="report">{t('staff.tabs.report')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="programme" pt="md">
          <Stack>
            {programme.data && <ProgrammeView programme={programme.data} hostCountry={host} />}
            <ProgrammeEditor
              key={programme.data ? 'set' : 'new'}
              delegationId={delegationId}
              programme={programme.data}
              host={host}
            />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="hosts" pt="md">
          <HostsPanel delegationId={delegationId} />
        </Tabs.Panel>
        <Tabs.Panel value="schedule" pt="md">
          {programme.data ? (
            <SchedulePanel delegationId={delegationId} programme={programme.data} />
          ) : (
            <Text c="dimmed">{t('programme.none')}</Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="report" pt="md">
          <MeetingsReport delegationId={delegationId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
