import { Alert, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { useCurrentUser } from '@/lib/session';
import { useVerifyEmail } from '../api/verify-email';
import { linkProblem } from './link-problem';
import { ResendVerificationForm } from './resend-verification-form';

/**
 * `/verify-email?token=…`, opened from the sign-up mail: confirms the address at once and says
 * what happened; a used, expired or broken link offers a new one.
 */
export function VerifyEmailPage({ token }: { token: string }) {
  const { t } = useTranslation('account');
  const user = useCurrentUser();
  const verify = useVerifyEmail(token);
  const problem = !token ? 'invalid' : verify.isError ? linkProblem(verify.error) : null;
  const next = user ? (user.companyId ? '/profile' : '/onboarding') : '/sign-in';

  return (
    <Card withBorder maw={560} mx="auto" w="100%">
      <Stack gap="sm">
        <PageTitle>{t('verify.title')}</PageTitle>
        {token && verify.isPending && (
          <Group>
            <Loader size="sm" aria-hidden />
            <Text role="status">{t('verify.checking')}</Text>
          </Group>
        )}
        {verify.isSuccess && (
          <>
            <Alert color="teal" role="status" data-testid="verify-done">
              {t('verify.done')}
            </Alert>
            <Text>{t('verify.doneNext')}</Text>
            <Button component={Link} to={next} data-testid="verify-continue">
              {user ? t('verify.continue') : t('verify.signIn')}
            </Button>
          </>
        )}
        {problem && (
          <>
            <Alert
              color={problem === 'used' ? 'yellow' : 'red'}
              c={problem === 'used' ? 'dark.8' : undefined}
              role="alert"
              data-testid={`verify-${problem}`}
            >
              {t(`verify.problem.${problem}`)}
            </Alert>
            {problem === 'used' ? (
              <Button component={Link} to={next} variant="light">
                {user ? t('verify.continue') : t('verify.signIn')}
              </Button>
            ) : (
              <>
                <Text>{t('verify.askNew')}</Text>
                <ResendVerificationForm email={user?.email} />
              </>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
