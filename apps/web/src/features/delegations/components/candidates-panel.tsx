import type { DelegationCandidate, DelegationFitReason } from '@jcc/contracts';
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CompanySummaryView } from '@/components/ui/company-summary';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { useLabels } from '@/lib/labels';
import { useDelegationCandidates } from '../api/get-delegation-candidates';
import { useInviteToDelegation } from '../api/invite-to-delegation';
import { delegationErrorText } from '../lib/delegation-errors';

const LIMITS = [20, 50, 100] as const;

function Reason({ reason }: { reason: DelegationFitReason }) {
  const { t } = useTranslation();
  const { list } = useLabels();
  switch (reason.code) {
    case 'sector_fit':
      return (
        <>
          {t('delegations.reasons.sector_fit', { sectors: list('sector', reason.params.sectors) })}
        </>
      );
    case 'priority_sector':
      return (
        <>
          {t('delegations.reasons.priority_sector', {
            sectors: list('sector', reason.params.sectors),
          })}
        </>
      );
    case 'best_counterpart':
      return (
        <>
          {t('delegations.reasons.best_counterpart', {
            name: reason.params.name,
            city: reason.params.city,
            score: reason.params.score,
          })}
        </>
      );
    case 'verified':
      return <>{t('delegations.reasons.verified')}</>;
  }
}

function Candidate({
  candidate,
  onInvite,
  inviting,
}: {
  candidate: DelegationCandidate;
  onInvite: () => void;
  inviting: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      data-testid="candidate"
      data-company-id={candidate.company.id}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
          <CompanySummaryView
            company={candidate.company}
            headingLevel={3}
            extra={
              <Badge color="jcc.8" radius="sm" tt="none" data-testid="candidate-fit">
                {t('delegations.fit', { fit: candidate.fit })}
              </Badge>
            }
          />
          <List size="sm" spacing={2}>
            {candidate.reasons.map((reason, index) => (
              <List.Item key={`${reason.code}-${index}`}>
                <Reason reason={reason} />
              </List.Item>
            ))}
          </List>
        </Stack>
        <Button
          size="xs"
          onClick={onInvite}
          loading={inviting}
          aria-label={t('delegations.inviteFirm', { name: candidate.company.name })}
          data-testid="invite"
        >
          {t('delegations.invite')}
        </Button>
      </Group>
    </Paper>
  );
}

/** Firms of the home country ranked by how well they fit, each one a click from an invitation. */
export function CandidatesPanel({ delegationId }: { delegationId: string }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState<(typeof LIMITS)[number]>(20);
  const candidates = useDelegationCandidates(delegationId, limit);
  const invite = useInviteToDelegation(delegationId);
  const items = candidates.data?.items ?? [];
  const next = LIMITS.find((value) => value > limit);

  return (
    <section aria-labelledby="candidates-heading" data-testid="candidates">
      <Title order={2} size="h3" id="candidates-heading">
        {t('delegations.candidates')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('delegations.candidatesHint')}
      </Text>
      {invite.isError && (
        <Alert color="red" role="alert" mb="sm" withCloseButton onClose={() => invite.reset()}>
          {delegationErrorText(t, invite.error)}
        </Alert>
      )}
      {candidates.isPending && <LoadingState />}
      {candidates.isError && (
        <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />
      )}
      {candidates.isSuccess && items.length === 0 && (
        <EmptyState title={t('delegations.noCandidates')} />
      )}
      <Stack gap="sm">
        {items.map((candidate) => (
          <Candidate
            key={candidate.company.id}
            candidate={candidate}
            inviting={invite.isPending && invite.variables === candidate.company.id}
            onInvite={() =>
              invite.mutate(candidate.company.id, {
                onSuccess: (member) =>
                  notifications.show({
                    color: member.status === 'waitlisted' ? 'yellow' : 'teal',
                    message: t(
                      member.status === 'waitlisted'
                        ? 'delegations.waitlistedToast'
                        : 'delegations.invitedToast',
                      { name: candidate.company.name },
                    ),
                  }),
              })
            }
          />
        ))}
      </Stack>
      {next && items.length >= limit && (
        <Button variant="default" mt="sm" onClick={() => setLimit(next)}>
          {t('action.loadMore')}
        </Button>
      )}
    </section>
  );
}
