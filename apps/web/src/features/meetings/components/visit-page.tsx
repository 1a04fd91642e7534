import { delegationCountries, type MeetingFirm } from '@jcc/contracts';
import { Button, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { OfflineNotice } from '@/components/ui/offline-notice';
import { ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';

import { useAnswerMeetingRequest } from '../api/meetings-mutations';
import {
  offlineCopies,
  useHosts,
  useIncomingDelegations,
  useMeetingRequests,
  useProgramme,
  useVisit,
} from '../api/meetings-queries';
import { useMeetingEvents } from '../lib/use-meeting-events';
import { AgendaPanel } from './agenda-panel';
import { AvailabilityPanel } from './availability-panel';
import { ProgrammeView } from './programme-view';
import { RequestCard } from './request-card';
import { RequestForm } from './request-form';

/**
 * One visit for a participating firm: the programme on both clocks, meeting requests (send,
 * answer), sessions it cannot attend, and its agenda once published. A host firm knows the visit
 * from the incoming list; a visiting firm from its delegation.
 */
export function VisitPage({
  delegationId,
  myCompanyId,
}: {
  delegationId: string;
  myCompanyId: string;
}) {
  const { t } = useTranslation('meetings');
  useMeetingEvents(delegationId);
  const incoming = useIncomingDelegations();
  const asHost = incoming.data?.find((visit) => visit.id === delegationId);
  const visit = useVisit(delegationId, incoming.isFetched && !asHost);
  const programme = useProgramme(delegationId);
  const requests = useMeetingRequests(delegationId);
  const hosts = useHosts(delegationId, incoming.isFetched && !asHost);
  const answer = useAnswerMeetingRequest(delegationId);

  const direction = asHost?.direction ?? visit.data?.direction;
  const title = asHost?.title ?? visit.data?.title;
  if (programme.isPending || incoming.isPending || (!asHost && visit.isPending)) {
    return <LoadingState />;
  }
  if (programme.isError || (!asHost && visit.isError)) {
    const error = programme.error ?? visit.error;
    return <ErrorState error={error} onRetry={() => void programme.refetch()} />;
  }
  if (!direction || !title) {
    return <LoadingState />;
  }
  const { host } = delegationCountries(direction);
  const all = requests.data ?? [];
  const asked = new Set(all.flatMap((request) => [request.requester.id, request.target.id]));
  const counterparts: MeetingFirm[] = (
    asHost
      ? asHost.members
      : (hosts.data ?? []).filter((row) => row.status === 'registered').map((row) => row.company)
  ).filter((firm) => !asked.has(firm.id));
  const received = all.filter((request) => request.target.id === myCompanyId);
  const sent = all.filter((request) => request.requester.id === myCompanyId);

  return (
    <Stack>
      <Button component={Link} to="/meetings" variant="subtle" size="xs" w="fit-content" px={0}>
        {t('visit.back')}
      </Button>
      <PageTitle>{title}</PageTitle>
      <OfflineNotice copies={offlineCopies(delegationId)} />
      {!programme.data ? (
        <Text c="dimmed">{t('programme.none')}</Text>
      ) : (
        <Tabs defaultValue="requests" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="requests">{t('visit.tabs.requests')}</Tabs.Tab>
            <Tabs.Tab value="programme">{t('visit.tabs.programme')}</Tabs.Tab>
            <Tabs.Tab value="availability">{t('visit.tabs.availability')}</Tabs.Tab>
            <Tabs.Tab value="agenda" data-testid="tab-agenda">
              {t('visit.tabs.agenda')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="requests" pt="md">
            <Stack>
              <RequestForm delegationId={delegationId} firms={counterparts} />
              <Text fw={600}>{t('visit.received', { count: received.length })}</Text>
              {received.map((request) => (
                <RequestCard
                  key={request.id}
                  request={request}
                  myCompanyId={myCompanyId}
                  answering={answer.isPending && answer.variables?.requestId === request.id}
                  onAnswer={(decision) => answer.mutate({ requestId: request.id, decision })}
                />
              ))}
              <Text fw={600}>{t('visit.sent', { count: sent.length })}</Text>
              {sent.map((request) => (
                <RequestCard key={request.id} request={request} myCompanyId={myCompanyId} />
              ))}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="programme" pt="md">
            <ProgrammeView programme={programme.data} hostCountry={host} />
          </Tabs.Panel>
          <Tabs.Panel value="availability" pt="md">
            <AvailabilityPanel
              delegationId={delegationId}
              programme={programme.data}
              hostCountry={host}
            />
          </Tabs.Panel>
          <Tabs.Panel value="agenda" pt="md">
            <AgendaPanel
              delegationId={delegationId}
              programme={programme.data}
              myCompanyId={myCompanyId}
              hostCountry={host}
            />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
