import type { Role } from '@jcc/contracts';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';

import { EmptyState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useSession } from '@/lib/session';

/** Roles that work in the chamber's staff workspace. */
export const STAFF_ROLES: readonly Role[] = ['staff', 'admin'];

export function isStaffRole(role: Role | undefined): boolean {
  return role !== undefined && STAFF_ROLES.includes(role);
}

/**
 * Pages for some roles only. Others signed in are told they may not see the page (the API would
 * answer 403 anyway); signed-out visitors go to sign-in and come back.
 */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') {
    return <LoadingState />;
  }
  if (session.status === 'signed-out') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (!roles.includes(session.user.role)) {
    return (
      <>
        <PageTitle>{t('staff.forbiddenTitle')}</PageTitle>
        <EmptyState
          title={t('error.forbidden')}
          action={
            <Button component={Link} to="/">
              {t('nav.home')}
            </Button>
          }
        />
      </>
    );
  }
  return <Outlet />;
}
