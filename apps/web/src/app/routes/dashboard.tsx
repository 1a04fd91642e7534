import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/page-states';
import { RequestContactButton } from '@/features/contacts/components/request-contact-button';
import { MatchesDashboard } from '@/features/matches/components/matches-dashboard';
import { OpportunitiesForMePanel } from '@/features/opportunities/components/opportunities-for-me-panel';
import { useCurrentUser } from '@/lib/session';

export function DashboardRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!user?.companyId) {
    return (
      <EmptyState
        title={t('matches.needProfile')}
        action={
          <Button component={Link} to="/onboarding">
            {t('nav.createProfile')}
          </Button>
        }
      >
        {t('matches.needProfileHint')}
      </EmptyState>
    );
  }
  return (
    <>
      <OpportunitiesForMePanel />
      <MatchesDashboard renderActions={(company) => <RequestContactButton company={company} />} />
    </>
  );
}
