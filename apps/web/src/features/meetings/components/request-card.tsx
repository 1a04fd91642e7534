import type { MeetingRequestResponse } from '@jcc/contracts';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { MatchBeside } from './match-beside';

const STATUS_COLOR = { pending: 'blue.9', accepted: 'green.9', declined: 'gray.7' } as const;

/** One request as a card: the other firm, note, priority, status, match; answer if it is ours. */
export function RequestCard({
  request,
  myCompanyId,
  onAnswer,
  answering,
}: {
  request: MeetingRequestResponse;
  myCompanyId: string | null;
  onAnswer?: (decision: 'accept' | 'decline') => void;
  answering?: boolean;
}) {
  const { t } = useTranslation('meetings');
  const incoming = request.target.id === myCompanyId;
  const other = incoming ? request.requester : request.target;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="article"
      data-testid="meeting-request"
      data-status={request.status}
      data-request-id={request.id}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={600} dir="auto">
            {myCompanyId ? other.name : `${request.requester.name} → ${request.target.name}`}
          </Text>
          <Badge color={STATUS_COLOR[request.status]}>{t(`status.${request.status}`)}</Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('request.priorityLine', { priority: request.priority })}
        </Text>
        {request.note && (
          <Text size="sm" dir="auto">
            {request.note}
          </Text>
        )}
        <MatchBeside match={request.match} />
        {incoming && request.status === 'pending' && onAnswer && (
          <Group gap="xs">
            <Button
              size="xs"
              loading={answering}
              onClick={() => onAnswer('accept')}
              data-testid="accept"
            >
              {t('request.accept')}
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={answering}
              onClick={() => onAnswer('decline')}
              data-testid="decline"
            >
              {t('request.decline')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
