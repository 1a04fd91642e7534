import type { ContactRequestResponse } from '@jcc/contracts';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Tabs,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { TONES } from '@/components/ui/company-badges';
import { CompanySummaryView } from '@/components/ui/company-summary';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useFormatters } from '@/lib/labels';
import { useAcceptContactRequest } from '../api/accept-contact-request';
import { useDeclineContactRequest } from '../api/decline-contact-request';
import { useContactRequests, type Box } from '../api/get-contact-requests';

const STATUS_TONES = {
  pending: TONES.waiting,
  accepted: TONES.good,
  declined: TONES.neutral,
  expired: TONES.neutral,
} as const;

function RequestCard({ request, box }: { request: ContactRequestResponse; box: Box }) {
  const { t } = useTranslation();
  // The opportunities board's texts: a request may answer one of its opportunities.
  const { t: tOpportunities } = useTranslation('opportunities');
  const format = useFormatters();
  const navigate = useNavigate();
  const accept = useAcceptContactRequest();
  const decline = useDeclineContactRequest();
  const other = box === 'in' ? request.fromCompany : request.toCompany;
  return (
    <Paper withBorder p="md" radius="md" data-testid="contact-request">
      <Stack gap="sm">
        <CompanySummaryView
          company={other}
          extra={
            <Badge {...STATUS_TONES[request.status]} variant="light" tt="none">
              {t(`contacts.status.${request.status}`)}
            </Badge>
          }
        />
        {request.opportunity && (
          <Text size="sm" fw={600} data-testid="request-opportunity">
            {tOpportunities('contactAbout')}{' '}
            <Anchor component={Link} to={`/opportunities/${request.opportunity.id}`} dir="auto">
              {request.opportunity.title}
            </Anchor>
          </Text>
        )}
        {request.message && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} dir="auto">
            “{request.message}”
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('contacts.sentOn', { date: format.date(request.createdAt) })}
          {request.status === 'pending' &&
            ` · ${t('contacts.expiresOn', { date: format.date(request.expiresAt) })}`}
        </Text>
        <Group gap="xs">
          {box === 'in' && request.status === 'pending' && (
            <>
              <Button
                loading={accept.isPending}
                onClick={() =>
                  accept.mutate(request.id, {
                    onSuccess: ({ conversation }) => void navigate(`/messages/${conversation.id}`),
                  })
                }
              >
                {t('contacts.accept')}
              </Button>
              <Button
                variant="default"
                loading={decline.isPending}
                onClick={() => decline.mutate(request.id)}
              >
                {t('contacts.decline')}
              </Button>
            </>
          )}
          {request.conversationId && (
            <Button
              variant="light"
              onClick={() => void navigate(`/messages/${request.conversationId}`)}
            >
              {t('contacts.openConversation')}
            </Button>
          )}
        </Group>
        {(accept.isError || decline.isError) && (
          <Text c="red.9" size="sm" role="alert">
            {t('error.generic')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function RequestList({ box }: { box: Box }) {
  const { t } = useTranslation();
  const requests = useContactRequests(box);
  if (requests.isPending) {
    return <LoadingState />;
  }
  if (requests.isError) {
    return <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />;
  }
  if (requests.data.items.length === 0) {
    return (
      <EmptyState title={t(`contacts.empty.${box}`)}>{t(`contacts.emptyHint.${box}`)}</EmptyState>
    );
  }
  return (
    <Stack>
      {requests.data.items.map((request) => (
        <RequestCard key={request.id} request={request} box={box} />
      ))}
    </Stack>
  );
}

export function ContactRequestsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const box: Box = params.get('box') === 'out' ? 'out' : 'in';
  return (
    <>
      <PageTitle>{t('contacts.title')}</PageTitle>
      <Tabs value={box} onChange={(value) => setParams(value === 'out' ? { box: 'out' } : {})}>
        <Tabs.List mb="md">
          <Tabs.Tab value="in">{t('contacts.incoming')}</Tabs.Tab>
          <Tabs.Tab value="out">{t('contacts.outgoing')}</Tabs.Tab>
        </Tabs.List>
        {/* The requests' firm names are h3: an h2 names each list for a screen reader. */}
        <Tabs.Panel value="in">
          <VisuallyHidden component="h2">{t('contacts.incoming')}</VisuallyHidden>
          {box === 'in' && <RequestList box="in" />}
        </Tabs.Panel>
        <Tabs.Panel value="out">
          <VisuallyHidden component="h2">{t('contacts.outgoing')}</VisuallyHidden>
          {box === 'out' && <RequestList box="out" />}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
