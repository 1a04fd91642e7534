import { Alert, Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { OfflineNotice } from '@/components/ui/offline-notice';
import { ErrorState, LoadingState } from '@/components/ui/page-states';
import { RecordAgreementLink } from '@/components/ui/record-agreement-link';
import { isApiError } from '@/lib/api-error';
import { useSocketStatus } from '@/lib/socket';
import { useConversation } from '../api/get-conversation';
import { useThread } from '../hooks/use-thread';
import { AttachButton } from './attach-button';
import { Composer } from './composer';
import { partnerOf, PresenceDot } from './conversation-list';
import { deliveryOf, MessageBubble, PendingBubble } from './message-bubble';

export function ThreadView({
  conversationId,
  myUserId,
  myCompanyId,
}: {
  conversationId: string;
  myUserId: string;
  myCompanyId: string | null;
}) {
  const { t } = useTranslation();
  const conversation = useConversation(conversationId);
  const thread = useThread(conversationId, myUserId);
  const connection = useSocketStatus();
  const scroller = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);
  const heightBeforeOlder = useRef<number | null>(null);
  const { state } = thread;

  // Stay at the bottom as messages come in, unless the reader scrolled up; keep the position
  // when older history is put above.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) {
      return;
    }
    if (heightBeforeOlder.current !== null) {
      element.scrollTop += element.scrollHeight - heightBeforeOlder.current;
      heightBeforeOlder.current = null;
    } else if (stickToBottom.current) {
      element.scrollTop = element.scrollHeight;
    }
  }, [state.messages, state.pending, thread.othersTyping]);

  const loadOlder = () => {
    heightBeforeOlder.current = scroller.current?.scrollHeight ?? null;
    void thread.loadOlder();
  };

  useEffect(() => {
    stickToBottom.current = true;
  }, [conversationId]);

  // Someone else's conversation (or none): say so, with no message box to write into.
  if (isApiError(conversation.error, 404) || isApiError(conversation.error, 403)) {
    return <ConversationNotFound />;
  }

  const partner = conversation.data ? partnerOf(conversation.data, myCompanyId) : undefined;
  // The server's answer keeps read marks across a reload; live events move them on from there.
  const readByOthers = Math.max(state.readByOthers, conversation.data?.peerReadSeq ?? 0);
  const title =
    conversation.data?.kind === 'chamber' ? t('messages.chamber') : (partner?.name ?? '…');

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      h="100%"
      style={{ display: 'flex', flexDirection: 'column' }}
    >
      <Group justify="space-between" pb="xs" wrap="wrap" gap="xs">
        <Stack gap={0}>
          <Anchor component={Link} to="/messages" size="sm" hiddenFrom="md">
            {t('messages.back')}
          </Anchor>
          <Title order={2} size="h4">
            {partner ? (
              <Anchor component={Link} to={`/companies/${partner.id}`} c="inherit">
                <bdi>{title}</bdi>
              </Anchor>
            ) : (
              <bdi>{title}</bdi>
            )}
          </Title>
          <PresenceDot companyId={partner?.id} />
        </Stack>
        {partner && conversation.data?.kind === 'firms' && (
          <RecordAgreementLink
            source="conversation"
            refId={conversationId}
            withCompanyIds={[partner.id]}
          />
        )}
      </Group>
      {connection !== 'connected' && connection !== 'idle' && (
        <Alert
          color="yellow"
          variant="light"
          c="dark.8"
          py={6}
          data-testid="connection-banner"
          role="status"
        >
          {t(connection === 'offline' ? 'messages.offlineBanner' : 'messages.reconnecting')}
        </Alert>
      )}
      <OfflineNotice asOf={state.offlineAsOf} />
      <Box
        ref={scroller}
        style={{ flex: 1, overflowY: 'auto', minHeight: 200 }}
        onScroll={(event) => {
          const element = event.currentTarget;
          stickToBottom.current =
            element.scrollHeight - element.scrollTop - element.clientHeight < 80;
          if (element.scrollTop < 40 && state.hasOlder && !thread.loadingOlder) {
            loadOlder();
          }
        }}
        tabIndex={0}
        role="log"
        aria-live="polite"
        aria-label={t('messages.threadLabel', { name: title })}
        data-testid="thread"
      >
        {state.status === 'loading' && <LoadingState />}
        {state.status === 'error' && <ErrorState error={null} onRetry={() => thread.reload()} />}
        {state.hasOlder && (
          <Group justify="center" py="xs">
            <Button size="xs" variant="subtle" loading={thread.loadingOlder} onClick={loadOlder}>
              {t('messages.loadOlder')}
            </Button>
          </Group>
        )}
        {state.status === 'ready' && state.messages.length === 0 && state.pending.length === 0 && (
          <Text c="dimmed" ta="center" py="xl">
            {t('messages.threadEmpty')}
          </Text>
        )}
        <Stack component="ol" gap={6} p={0} m={0}>
          {state.messages.map((message) => {
            const mine = message.senderUserId === myUserId;
            return (
              <MessageBubble
                key={message.seq}
                seq={message.seq}
                body={message.body}
                attachment={message.attachment}
                senderName={message.senderName}
                createdAt={message.createdAt}
                mine={mine}
                delivery={mine ? deliveryOf(message, readByOthers) : undefined}
              />
            );
          })}
          {state.pending.map((item) => (
            <PendingBubble
              key={item.clientId}
              item={item}
              onRetry={() => thread.retry(item.clientId)}
              onDiscard={() => thread.discard(item.clientId)}
            />
          ))}
        </Stack>
      </Box>
      <Text size="xs" c="dimmed" h={20} aria-live="polite" data-testid="typing">
        {thread.othersTyping ? t('messages.typing', { name: title }) : ''}
      </Text>
      <Composer onSend={thread.send} onTyping={thread.notifyTyping} />
      <AttachButton conversationId={conversationId} />
    </Paper>
  );
}

function ConversationNotFound() {
  const { t } = useTranslation('firstweek');
  return (
    <Paper withBorder radius="md" p="xl" h="100%" data-testid="conversation-not-found">
      <Stack align="center" gap="xs" ta="center">
        <Title order={2} size="h4">
          {t('conversation.notFoundTitle')}
        </Title>
        <Text c="dimmed">{t('conversation.notFoundText')}</Text>
        <Anchor component={Link} to="/messages">
          {t('conversation.backToMessages')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
