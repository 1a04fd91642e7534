import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useCompany } from '@/features/companies/api/get-company';
import { CompanyDocumentsPanel } from '@/features/documents/components/company-documents-panel';
import { ProfileEditor } from '@/features/companies/components/profile-editor';
import { useCurrentUser } from '@/lib/session';

export function ProfileRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const company = useCompany(user?.companyId);
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
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      {company.isPending && <LoadingState />}
      {company.isError && (
        <ErrorState error={company.error} onRetry={() => void company.refetch()} />
      )}
      {company.isSuccess && <ProfileEditor key={company.data.updatedAt} company={company.data} />}
      {company.isSuccess && <CompanyDocumentsPanel companyId={user.companyId} />}
    </>
  );
}
