import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';

import { useDevMailboxAvailable } from '@/features/dev-mailbox/api/get-dev-mailbox';
import { useCurrentUser } from '@/lib/session';

/** The chamber staff workspace: its own sub-navigation above each staff page. */
export function StaffLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  // The API mounts the mailbox only while mails go to its catcher (development, tests).
  const mailbox = useDevMailboxAvailable(Boolean(user));
  const sections = [
    { to: '/staff/verification', label: t('staff.nav.verification') },
    { to: '/staff/imports', label: t('staff.nav.imports') },
    { to: '/staff/delegations', label: t('staff.nav.delegations') },
    { to: '/staff/claims', label: t('staff.nav.claims') },
    { to: '/staff/stats', label: t('staff.nav.stats') },
    { to: '/staff/opportunities', label: t('staff.nav.opportunities') },
    { to: '/staff/agreements', label: t('staff.nav.agreements') },
    ...(user?.role === 'admin'
      ? [
          { to: '/staff/audit', label: t('staff.nav.audit') },
          { to: '/staff/users', label: t('staff.nav.users') },
        ]
      : []),
    ...(mailbox ? [{ to: '/staff/mailbox', label: t('staff.nav.mailbox') }] : []),
  ];
  return (
    <>
      <Group
        component="nav"
        aria-label={t('staff.nav.label')}
        gap={4}
        mb="lg"
        pb="xs"
        wrap="wrap"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        data-testid="staff-nav"
      >
        <Text size="sm" fw={700} c="jcc.9" me="sm">
          {t('staff.workspace')}
        </Text>
        {sections.map((section) => {
          const active = pathname === section.to || pathname.startsWith(`${section.to}/`);
          return (
            <Button
              key={section.to}
              component={Link}
              to={section.to}
              size="xs"
              variant={active ? 'filled' : 'subtle'}
              aria-current={active ? 'page' : undefined}
            >
              {section.label}
            </Button>
          );
        })}
      </Group>
      <Outlet />
    </>
  );
}
