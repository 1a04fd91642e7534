import type { NotificationItem } from '@jcc/contracts';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useFormatters } from '@/lib/labels';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
  useUnreadNotifications,
} from '../api/notifications-api';
import { useLiveNotifications } from '../hooks/use-live-notifications';
import { notificationText } from './notification-text';

/** The header's bell: unread count (live), the newest notifications, mark read. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const [opened, popover] = useDisclosure(false);
  useLiveNotifications(true);
  const unread = useUnreadNotifications(true).data?.unread ?? 0;
  const list = useNotifications(opened);
  const markAll = useMarkAllNotificationsRead();

  return (
    <Popover
      opened={opened}
      onChange={popover.toggle}
      width={340}
      position="bottom-end"
      shadow="md"
    >
      <Popover.Target>
        {/* The button is the popover's target: the ARIA attributes Mantine adds belong on it. */}
        <ActionIcon
          variant="subtle"
          size="lg"
          onClick={popover.toggle}
          aria-label={t('bell', { count: unread })}
          data-testid="bell"
        >
          <Indicator
            label={unread > 99 ? '99+' : unread}
            size={16}
            color="red.9"
            disabled={unread === 0}
            offset={2}
            data-testid="bell-count"
            data-count={unread}
          >
            <BellIcon />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Group justify="space-between" mb="xs">
          <Text fw={700} size="sm">
            {t('title')}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('markAllRead')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={360}>
          {list.data && list.data.items.length === 0 && (
            <Text size="sm" c="dimmed" ta="center" py="md">
              {t('empty')}
            </Text>
          )}
          {list.isError && (
            <Text size="sm" c="red.9" role="alert">
              {t('loadFailed')}
            </Text>
          )}
          <Stack gap={4} component="ul" p={0} m={0} data-testid="notification-list">
            {list.data?.items.map((item) => (
              <NotificationRow key={item.id} item={item} onOpen={popover.close} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationRow({ item, onOpen }: { item: NotificationItem; onOpen: () => void }) {
  const { t } = useTranslation('notifications');
  const format = useFormatters();
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  const open = () => {
    if (!item.readAt) {
      markRead.mutate(item.id);
    }
    onOpen();
    if (item.link) {
      void navigate(item.link);
    }
  };
  return (
    <li style={{ listStyle: 'none' }} data-testid="notification" data-read={Boolean(item.readAt)}>
      <UnstyledButton
        onClick={open}
        w="100%"
        p={6}
        style={{
          borderRadius: 'var(--mantine-radius-sm)',
          background: item.readAt ? undefined : 'var(--mantine-color-jcc-0)',
        }}
      >
        <Text size="sm" dir="auto" fw={item.readAt ? 400 : 600}>
          {notificationText(t, item)}
        </Text>
        <Group justify="space-between" gap={4}>
          <Text size="xs" c="dimmed">
            {format.dateTime(item.createdAt)}
          </Text>
          {!item.readAt && (
            <Anchor component="span" size="xs">
              {t('unreadMark')}
            </Anchor>
          )}
        </Group>
      </UnstyledButton>
    </li>
  );
}

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
