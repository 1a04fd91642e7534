import type { AgreementResponse } from '@jcc/contracts';
import { Anchor, Badge, Group, List, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { Link } from 'react-router';

import { ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useFormatters, useLabels } from '@/lib/labels';
import { useAgreement } from '../api/get-agreement';
import { useDayFormat } from '../lib/format-day';
import { useAgreementsText } from '../lib/use-agreements-text';
import { CommitmentStatusBadge } from './commitment-status-badge';
import { StatusUpdateForm } from './status-update-form';

export function AgreementDetailPage({ agreementId }: { agreementId: string }) {
  const { ready } = useAgreementsText();
  const agreement = useAgreement(agreementId);
  if (!ready || agreement.isPending) {
    return <LoadingState />;
  }
  if (agreement.isError) {
    return <ErrorState error={agreement.error} onRetry={() => void agreement.refetch()} />;
  }
  return <AgreementDetail agreement={agreement.data} />;
}

function AgreementDetail({ agreement }: { agreement: AgreementResponse }) {
  const { ta, language } = useAgreementsText();
  const { label, list } = useLabels();
  const format = useFormatters();
  const day = useDayFormat(language);
  const partyName = (id: string) => agreement.parties.find((party) => party.id === id)?.name ?? '';
  const commitmentTitle = (id: string | null) =>
    agreement.commitments.find((commitment) => commitment.id === id)?.title ?? '';
  return (
    <Stack>
      <Anchor component={Link} to="/agreements" size="sm">
        {ta('detail.back')}
      </Anchor>
      <div>
        <PageTitle>{agreement.title}</PageTitle>
        <Group gap="xs">
          <Badge variant="outline" color="gray.8">
            {ta(`kind.${agreement.kind}`)}
          </Badge>
          {agreement.bilateral && <Badge color="blue.9">{ta('detail.bilateral')}</Badge>}
          <Text size="sm" c="dimmed">
            {ta('card.signed', { date: day(agreement.signedOn) })}
          </Text>
        </Group>
      </div>
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Text size="sm">
            {ta('detail.sectors')}: {list('sector', agreement.sectors)}
          </Text>
          <Text size="sm" data-testid="agreement-source">
            {ta('detail.source')}: {ta(`source.${agreement.source.kind}`)}
          </Text>
          {agreement.summary && <Text style={{ whiteSpace: 'pre-wrap' }}>{agreement.summary}</Text>}
          {agreement.documents.map((document) => (
            <Anchor
              key={document.url}
              href={document.url}
              target="_blank"
              rel="noreferrer noopener"
            >
              {ta('detail.document')}
            </Anchor>
          ))}
          <Title order={2} size="h5">
            {ta('detail.parties')}
          </Title>
          <List>
            {agreement.parties.map((party) => (
              <List.Item key={party.id}>
                {party.companyId ? (
                  <Anchor component={Link} to={`/companies/${party.companyId}`}>
                    {party.name}
                  </Anchor>
                ) : (
                  party.name
                )}{' '}
                ({label('country', party.country)})
              </List.Item>
            ))}
          </List>
        </Stack>
      </Paper>
      <section aria-labelledby="commitments-heading">
        <Title order={2} size="h4" id="commitments-heading" mb="xs">
          {ta('detail.commitments')}
        </Title>
        {agreement.commitments.length === 0 && <Text c="dimmed">{ta('detail.noCommitments')}</Text>}
        <Stack gap="xs">
          {agreement.commitments.map((commitment) => (
            <Paper key={commitment.id} withBorder radius="md" p="sm" data-testid="commitment">
              <Stack gap={4}>
                <Group justify="space-between" wrap="wrap">
                  <Text fw={600}>{commitment.title}</Text>
                  <Group gap={4}>
                    {commitment.kind === 'first_shipment' && (
                      <Badge color="violet.9" variant="light">
                        {ta('commitment.firstShipment')}
                      </Badge>
                    )}
                    <CommitmentStatusBadge
                      status={commitment.status}
                      overdue={commitment.overdue}
                    />
                  </Group>
                </Group>
                <Text size="sm" c="dimmed">
                  {ta('commitment.owner', { name: partyName(commitment.ownerPartyId) })} ·{' '}
                  {ta('commitment.due', { date: day(commitment.dueOn) })}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      </section>
      <StatusUpdateForm agreement={agreement} />
      <section aria-labelledby="history-heading">
        <Title order={2} size="h4" id="history-heading" mb="xs">
          {ta('detail.history')}
        </Title>
        {agreement.history.length === 0 && <Text c="dimmed">{ta('detail.noHistory')}</Text>}
        <Timeline bulletSize={12} lineWidth={2} data-testid="history">
          {[...agreement.history].reverse().map((entry) => (
            <Timeline.Item
              key={entry.id}
              title={
                entry.toStatus
                  ? ta('history.moved', {
                      commitment: commitmentTitle(entry.commitmentId),
                      status: ta(`status.${entry.toStatus}`),
                    })
                  : ta('history.note')
              }
            >
              <Text size="sm">{entry.note}</Text>
              <Text size="xs" c="dimmed">
                {entry.authorName} · {format.dateTime(entry.createdAt)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </section>
    </Stack>
  );
}
