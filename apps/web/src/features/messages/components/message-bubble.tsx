import type { ChatAttachment, ChatMessage } from '@jcc/contracts';
import { Box, Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '@/lib/labels';
import type { PendingMessage } from '../lib/thread-reducer';
import { AttachmentChip } from './attachment-chip';

type Delivery = 'waiting' | 'sending' | 'failed' | 'sent' | 'read';

export function MessageBubble({
  body,
  createdAt,
  mine,
  delivery,
  onRetry,
  onDiscard,
  seq,
  attachment,
  senderName,
}: {
  /** Shown on others' messages: colleagues of a firm share its conversations. */
  senderName?: string | null;
  body: string;
  attachment?: ChatAttachment | null;
  createdAt: string;
  mine: boolean;
  delivery?: Delivery;
  onRetry?: () => void;
  /** A failed message stays in the outbox (across reloads) until sent or discarded. */
  onDiscard?: () => void;
  seq?: number;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Box
      component="li"
      style={{
        display: 'flex',
        justifyContent: mine ? 'flex-end' : 'flex-start',
        listStyle: 'none',
      }}
      data-testid="message"
      data-seq={seq}
      data-delivery={delivery}
    >
      <Paper
        px="sm"
        py={6}
        radius="lg"
        maw="min(80%, 36rem)"
        bg={mine ? 'jcc.0' : 'gray.1'}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {!mine && senderName && (
          <Text size="xs" fw={600} c="dimmed" data-testid="message-sender" dir="auto">
            {senderName}
          </Text>
        )}
        <Text size="sm" data-testid="message-body" dir="auto">
          {body}
        </Text>
        {attachment && <AttachmentChip attachment={attachment} />}
        <Group gap={6} justify="flex-end" mt={2}>
          <Text size="xs" c="dimmed" dir="auto">
            {format.time(createdAt)}
          </Text>
          {delivery && delivery !== 'failed' && (
            <Text size="xs" c="dimmed" data-testid="delivery">
              {t(`messages.delivery.${delivery}`)}
            </Text>
          )}
          {delivery === 'failed' && (
            <Group gap={4}>
              <Text size="xs" c="red.9" role="alert">
                {t('messages.delivery.failed')}
              </Text>
              <Button size="compact-xs" variant="subtle" color="red.9" onClick={onRetry}>
                {t('messages.retry')}
              </Button>
              {onDiscard && (
                <Button size="compact-xs" variant="subtle" color="gray.8" onClick={onDiscard}>
                  {t('messages.discard')}
                </Button>
              )}
            </Group>
          )}
        </Group>
      </Paper>
    </Box>
  );
}

export function deliveryOf(message: ChatMessage, readByOthers: number): Delivery {
  return message.seq <= readByOthers ? 'read' : 'sent';
}

export function PendingBubble({
  item,
  onRetry,
  onDiscard,
}: {
  item: PendingMessage;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  return (
    <MessageBubble
      body={item.body}
      createdAt={item.createdAt}
      mine
      delivery={item.status}
      onRetry={onRetry}
      onDiscard={onDiscard}
    />
  );
}
