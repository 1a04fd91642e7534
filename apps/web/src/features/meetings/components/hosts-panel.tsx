import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '@/components/ui/page-states';

import { useRegisterHost } from '../api/meetings-mutations';
import { useHostCandidates } from '../api/meetings-queries';
import { meetingErrorText } from '../lib/meeting-errors';

/** Staff invite host-country firms, ranked by their best match with a visiting firm. */
export function HostsPanel({ delegationId }: { delegationId: string }) {
  const { t } = useTranslation('meetings');
  const candidates = useHostCandidates(delegationId);
  const invite = useRegisterHost(delegationId);
  if (candidates.isPending) {
    return <LoadingState />;
  }
  if (candidates.isError) {
    return <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />;
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('hosts.intro')}
      </Text>
      {invite.error && (
        <Alert color="red" role="alert">
          {meetingErrorText(t, invite.error)}
        </Alert>
      )}
      {candidates.data.length === 0 && <Text c="dimmed">{t('hosts.none')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {candidates.data.map((candidate) => (
          <Paper
            key={candidate.company.id}
            withBorder
            p="sm"
            radius="md"
            data-testid="host-candidate"
          >
            <Stack gap={4}>
              <Group justify="space-between" gap="xs">
                <Text fw={600} dir="auto">
                  {candidate.company.name}
                </Text>
                <Badge variant="light">{t('match.score', { score: candidate.score })}</Badge>
              </Group>
              {candidate.bestVisitor && (
                <Text size="xs" c="dimmed" dir="auto">
                  {t('hosts.bestVisitor', { name: candidate.bestVisitor.name })}
                </Text>
              )}
              {candidate.hostStatus ? (
                <Badge
                  color={candidate.hostStatus === 'registered' ? 'green.9' : 'blue.9'}
                  w="fit-content"
                >
                  {t(`hostStatus.${candidate.hostStatus}`)}
                </Badge>
              ) : (
                <Button
                  size="xs"
                  w="fit-content"
                  loading={invite.isPending && invite.variables === candidate.company.id}
                  onClick={() => invite.mutate(candidate.company.id)}
                  data-testid="invite-host"
                >
                  {t('hosts.invite')}
                </Button>
              )}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
