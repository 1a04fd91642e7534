import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useSession } from '@/lib/session';
import { afterSignIn } from './post-sign-in';

export function SignInRoute() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('account');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const next = params.get('next');
  if (session.status === 'signed-in') {
    return <Navigate to={afterSignIn(session.user, next)} replace />;
  }
  return (
    <Stack maw={440} mx="auto">
      <PageTitle ta="center">{t('auth.signInTitle')}</PageTitle>
      {params.get('reset') && (
        <Alert color="teal" variant="light" role="status" data-testid="password-was-reset">
          {ta('signIn.passwordReset')}
        </Alert>
      )}
      {params.get('expired') && (
        <Alert color="yellow" variant="light" c="dark.8" role="status">
          {t('auth.sessionExpired')}
        </Alert>
      )}
      <Text c="dimmed" ta="center">
        {t('auth.signInLead')}
      </Text>
      <SignInForm
        onSignedIn={(user) => void navigate(afterSignIn(user, next), { replace: true })}
      />
    </Stack>
  );
}
