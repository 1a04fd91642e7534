import { Badge, NavLink as MantineNavLink, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';

import type { UserResponse } from '@jcc/contracts';

import { isStaffRole } from './require-role';

export function NavLinks({
  user,
  unread,
  onNavigate,
}: {
  user: UserResponse | null;
  unread: number;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const links: { to: string; label: string; badge?: number }[] = [
    ...(user?.companyId ? [{ to: '/dashboard', label: t('nav.matches') }] : []),
    { to: '/directory', label: t('nav.directory') },
    ...(user?.companyId
      ? [
          { to: '/contacts', label: t('nav.contacts') },
          { to: '/messages', label: t('nav.messages'), badge: unread },
          { to: '/delegations', label: t('nav.delegations') },
          { to: '/team', label: t('nav.team') },
          { to: '/profile', label: t('nav.profile') },
        ]
      : []),
    ...(isStaffRole(user?.role) ? [{ to: '/staff', label: t('nav.staff') }] : []),
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
                <Badge size="sm" color="red.9" circle data-testid="nav-unread">
                  <span aria-hidden>{link.badge}</span>
                  <VisuallyHidden>{t('messages.unread', { count: link.badge })}</VisuallyHidden>
                </Badge>
              ) : undefined
            }
          />
        );
      })}
    </>
  );
}
