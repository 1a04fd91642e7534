import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/page-states';
import { MyDelegationsPage } from '@/features/delegations/components/my-delegations-page';
import { useCurrentUser } from '@/lib/session';
import { isStaffRole } from '../layout/require-role';

/** A member's delegations; staff manage theirs in the workspace. */
export function MyDelegationsRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (isStaffRole(user?.role)) {
    return (
      <EmptyState
        title={t('delegations.staffElsewhere')}
        action={
          <Button component={Link} to="/staff/delegations">
            {t('staff.nav.delegations')}
          </Button>
        }
      />
    );
  }
  if (!user?.companyId) {
    return (
      <EmptyState
        title={t('matches.needProfile')}
        action={
          <Button component={Link} to="/onboarding">
            {t('nav.createProfile')}
          </Button>
        }
      />
    );
  }
  return <MyDelegationsPage companyId={user.companyId} />;
}
