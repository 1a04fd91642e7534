import { Drawer, NavLink as MantineNavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { UserResponse } from '@jcc/contracts';

import { NavLinks } from './nav-links';

/**
 * The phone's menu. A chunk of its own (Drawer brings the modal base, focus trap, scroll lock):
 * the root layout loads it when the page has loaded, or at the first tap on the burger.
 */
export function NavDrawer({
  opened,
  onClose,
  user,
  unread,
  pendingRequests,
}: {
  opened: boolean;
  onClose: () => void;
  user: UserResponse | null;
  unread: number;
  pendingRequests: number;
}) {
  const { t } = useTranslation();
  return (
    <Drawer opened={opened} onClose={onClose} title={t('nav.menu')} size="xs" hiddenFrom="lg">
      <Stack component="nav" aria-label={t('nav.main')} gap={4}>
        <NavLinks
          user={user}
          unread={unread}
          pendingRequests={pendingRequests}
          onNavigate={onClose}
        />
        {/* Below lg the header has no room for the account link: it lives here. */}
        {user && (
          <MantineNavLink
            component={Link}
            to="/account"
            label={t('auth.account')}
            onClick={onClose}
          />
        )}
      </Stack>
    </Drawer>
  );
}
