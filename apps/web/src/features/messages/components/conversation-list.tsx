import type { ConversationResponse } from '@jcc/contracts';
import { Badge, Group, NavLink, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { OfflineNotice } from '@/components/ui/offline-notice';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { useFormatters } from '@/lib/labels';
import { CONVERSATIONS_COPY, useConversations } from '../api/get-conversations';
import { usePresence } from '../lib/presence-store';

export function partnerOf(conversation: ConversationResponse, myCompanyId: string | null) {
  return (
    conversation.participants.find((company) => company.id !== myCompanyId) ??
    conversation.participants[0]
  );
}

export function PresenceDot({ companyId }: { companyId: string | undefined }) {
  const { t } = useTranslation();
  const online = usePresence(companyId);
  return (
    <Group gap={4} wrap="nowrap" data-testid="presence" data-online={online}>
      <span
        aria-hidden
        style={{
          width: 8,
          height: 8,
          borderRadius: 4,
          background: online ? 'var(--mantine-color-teal-7)' : 'var(--mantine-color-gray-5)',
          display: 'inline-block',
        }}
      />
      <Text size="xs" c="gray.7">
        {online ? t('messages.online') : t('messages.offline')}
      </Text>
    </Group>
  );
}

function ConversationItem({
  conversation,
  myCompanyId,
  active,
}: {
  conversation: ConversationResponse;
  myCompanyId: string | null;
  active: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const partner = partnerOf(conversation, myCompanyId);
  const name = conversation.kind === 'chamber' ? t('messages.chamber') : (partner?.name ?? '');
  return (
    <NavLink
      component={Link}
      to={`/messages/${conversation.id}`}
      active={active}
      aria-current={active ? 'page' : undefined}
      data-testid="conversation-item"
      label={
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={conversation.unread > 0 ? 700 : 500} truncate>
            <bdi>{name}</bdi>
          </Text>
          {conversation.unread > 0 && (
            <Badge size="sm" circle color="red.9" data-testid="unread-badge">
              <span aria-hidden>{conversation.unread}</span>
              <VisuallyHidden>
                {t('messages.unread', { count: conversation.unread })}
              </VisuallyHidden>
            </Badge>
          )}
        </Group>
      }
      description={
        <Stack gap={2}>
          <PresenceDot companyId={partner?.id} />
          {/* Time and body each isolated, so an English reply in an Urdu page is not reordered. */}
          <Text size="xs" c="gray.7" truncate data-testid="conversation-preview">
            {conversation.lastMessage ? (
              <>
                <bdi>{format.dateTime(conversation.lastMessage.createdAt)}</bdi>
                {' · '}
                <bdi>{conversation.lastMessage.body}</bdi>
              </>
            ) : (
              t('messages.noMessagesYet')
            )}
          </Text>
        </Stack>
      }
    />
  );
}

export function ConversationList({
  activeId,
  myCompanyId,
}: {
  activeId: string | undefined;
  myCompanyId: string | null;
}) {
  const { t } = useTranslation();
  const conversations = useConversations();
  if (conversations.isPending) {
    return <LoadingState />;
  }
  if (conversations.isError) {
    return <ErrorState error={conversations.error} onRetry={() => void conversations.refetch()} />;
  }
  if (conversations.data.items.length === 0) {
    return <EmptyState title={t('messages.emptyTitle')}>{t('messages.emptyText')}</EmptyState>;
  }
  return (
    <nav aria-label={t('messages.listLabel')}>
      <OfflineNotice copies={[CONVERSATIONS_COPY]} />
      {conversations.data.items.map((conversation) => (
        <ConversationItem
          key={conversation.id}
          conversation={conversation}
          myCompanyId={myCompanyId}
          active={conversation.id === activeId}
        />
      ))}
    </nav>
  );
}
