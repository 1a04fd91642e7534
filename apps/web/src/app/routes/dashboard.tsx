import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/page-states';
import { RequestContactButton } from '@/features/contacts/components/request-contact-button';
import { MatchesDashboard } from '@/features/matches/components/matches-dashboard';
import { OpportunitiesForMePanel } from '@/features/opportunities/components/opportunities-for-me-panel';
import { companyQuery } from '@/features/companies/api/get-company';
import { matchesQuery } from '@/features/matches/api/get-matches';
import { opportunitiesForMeQuery } from '@/features/opportunities/api/get-opportunities-for-me';
import type { FirstDataPrefetch } from '@/lib/first-data';
import { useCurrentUser } from '@/lib/session';

/**
 * The answers of the plain dashboard's first render (lib/first-data): the firm (its banner),
 * the matches, the saved ones (their stars) and the opportunities that fit. Filters or the
 * saved tab in the address ask for other answers: the page asks for those itself.
 */
export const prefetchFirstData: FirstDataPrefetch = (queryClient, user, search) =>
  !user.companyId || search.size > 0
    ? []
    : [
        queryClient.prefetchQuery(companyQuery(user.companyId)),
        queryClient.prefetchInfiniteQuery(matchesQuery({})),
        queryClient.prefetchInfiniteQuery(matchesQuery({ saved: true })),
        queryClient.prefetchQuery(opportunitiesForMeQuery(5)),
      ];

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
