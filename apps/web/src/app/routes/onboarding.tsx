import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { ProfileWizard } from '@/features/companies/components/profile-wizard';
import { useCurrentUser } from '@/lib/session';

export function OnboardingRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  if (user?.companyId) {
    return <Navigate to="/dashboard" replace />;
  }
  return (
    <Stack>
      <PageTitle>{t('wizard.title')}</PageTitle>
      <Text c="dimmed">{t('wizard.lead')}</Text>
      {/* Keyed by the user: the draft is read once the session is known. */}
      <ProfileWizard
        key={user?.id ?? 'signed-out'}
        draftFor={user?.id}
        onCreated={() => void navigate('/dashboard', { replace: true })}
      />
    </Stack>
  );
}
