import { Badge, NavLink as MantineNavLink, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';

import type { UserResponse } from '@jcc/contracts';

import { isStaffRole } from './require-role';

export function NavLinks({
  user,
  unread,
  pendingRequests = 0,
  onNavigate,
}: {
  user: UserResponse | null;
  unread: number;
  /** Contact requests waiting for this firm's answer. */
  pendingRequests?: number;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('firstweek');
  const { pathname } = useLocation();
  const links: { to: string; label: string; badge?: number; badgeLabel?: string }[] = [
    ...(user?.companyId ? [{ to: '/dashboard', label: t('nav.matches') }] : []),
    { to: '/directory', label: t('nav.directory') },
    { to: '/opportunities', label: t('nav.opportunities') },
    ...(user?.companyId
      ? [
          {
            to: '/contacts',
            label: t('nav.contacts'),
            badge: pendingRequests,
            badgeLabel: tf('pendingRequests', { count: pendingRequests }),
          },
          {
            to: '/messages',
            label: t('nav.messages'),
            badge: unread,
            badgeLabel: t('messages.unread', { count: unread }),
          },
          { to: '/delegations', label: t('nav.delegations') },
          { to: '/agreements', label: t('nav.agreements') },
          { to: '/meetings', label: t('nav.meetings') },
          { to: '/team', label: t('nav.team') },
          { to: '/profile', label: t('nav.profile') },
        ]
      : []),
    ...(isStaffRole(user?.role)
      ? [
          { to: '/agreements', label: t('nav.agreements') },
          { to: '/staff', label: t('nav.staff') },
        ]
      : []),
    ...(user?.role === 'member' && !user.companyId
      ? [{ to: '/onboarding', label: t('nav.createProfile') }]
      : []),
  ];
  return (
    <>
      {links.map((link) => {
        const active = pathname === link.to || pathname.startsWith(`${link.to}/`);
        return (
          <MantineNavLink
            key={link.to}
            component={NavLink}
            to={link.to}
            label={link.label}
            active={active}
            onClick={onNavigate}
            w="auto"
            style={{ borderRadius: 'var(--mantine-radius-md)', whiteSpace: 'nowrap' }}
            rightSection={
              link.badge ? (
                <Badge
                  size="sm"
                  color="red.9"
                  circle
                  data-testid={link.to === '/contacts' ? 'nav-pending-requests' : 'nav-unread'}
                >
                  <span aria-hidden>{link.badge}</span>
                  <VisuallyHidden>{link.badgeLabel}</VisuallyHidden>
                </Badge>
              ) : undefined
            }
          />
        );
      })}
    </>
  );
}
