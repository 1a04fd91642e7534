import { Alert, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useSession, type SessionEnd } from '@/lib/session';
import { afterSignIn } from './post-sign-in';

export function SignInRoute() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('account');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  // Once the user tries again, the form's own answer says what is true now.
  const [attempted, setAttempted] = useState(false);
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
      {!attempted && (
        <SessionNotice
          ended={session.status === 'signed-out' ? session.ended : undefined}
          expired={params.has('expired')}
        />
      )}
      <Text c="dimmed" ta="center">
        {t('auth.signInLead')}
      </Text>
      <SignInForm
        onAttempt={() => setAttempted(true)}
        onSignedIn={(user) => void navigate(afterSignIn(user, next), { replace: true })}
      />
    </Stack>
  );
}

/** Why the last session ended: a suspended firm reads staff's reason, else "session expired". */
function SessionNotice({ ended, expired }: { ended?: SessionEnd; expired: boolean }) {
  const { t } = useTranslation();
  if (ended?.code === 'company_suspended') {
    return (
      <Alert
        color="orange"
        variant="light"
        c="dark.8"
        role="status"
        data-testid="session-suspended"
      >
        <Text size="sm" style={{ whiteSpace: 'pre-line' }} dir="auto">
          {t('auth.sessionSuspended', { reason: ended.reason })}
        </Text>
      </Alert>
    );
  }
  if (!expired) {
    return null;
  }
  return (
    <Alert color="yellow" variant="light" c="dark.8" role="status">
      {t('auth.sessionExpired')}
    </Alert>
  );
}
