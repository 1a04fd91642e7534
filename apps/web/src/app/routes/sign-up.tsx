import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { SignUpForm } from '@/features/auth/components/sign-up-form';
import { useSession } from '@/lib/session';
import { afterSignIn } from './post-sign-in';

export function SignUpRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  // An invitation link sends newcomers here and expects them back (`?next=/invite/…`).
  const [params] = useSearchParams();
  const next = params.get('next');
  if (session.status === 'signed-in') {
    return <Navigate to={afterSignIn(session.user, next)} replace />;
  }
  return (
    <Stack maw={440} mx="auto">
      <PageTitle ta="center">{t('auth.signUpTitle')}</PageTitle>
      <Text c="dimmed" ta="center">
        {t('auth.signUpLead')}
      </Text>
      <SignUpForm
        onSignedUp={(user) => void navigate(afterSignIn(user, next), { replace: true })}
      />
    </Stack>
  );
}
