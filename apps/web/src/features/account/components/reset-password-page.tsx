import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { isApiError } from '@/lib/api-error';
import { useResetPassword } from '../api/reset-password';
import { linkProblem } from './link-problem';

const MIN_PASSWORD = 10;

/**
 * `/reset-password?token=…`, opened from the reset mail: the new password twice, then to sign-in.
 * A used, expired or broken link says so and leads back to asking for a new one.
 */
export function ResetPasswordPage({ token }: { token: string }) {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const reset = useResetPassword();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (value) =>
        value.length >= MIN_PASSWORD ? null : tc('auth.passwordHint', { count: MIN_PASSWORD }),
      repeat: (value, values) => (value === values.password ? null : t('reset.mismatch')),
    },
  });
  // A bad password is the form's business; anything else is the link's.
  const badInput = isApiError(reset.error, 400) && reset.error.code === 'invalid_input';
  const problem = !token ? 'invalid' : reset.isError && !badInput ? linkProblem(reset.error) : null;
  const unreachable = problem === 'unreachable';

  return (
    <Stack maw={440} mx="auto" w="100%">
      <PageTitle ta="center">{t('reset.title')}</PageTitle>
      {problem && !unreachable ? (
        <Stack>
          <Alert color="red" role="alert" data-testid={`reset-${problem}`}>
            {t(`reset.problem.${problem}`)}
          </Alert>
          <Button component={Link} to="/forgot-password" variant="light">
            {t('reset.askNew')}
          </Button>
        </Stack>
      ) : (
        <Paper withBorder p="lg" radius="md">
          <form
            noValidate
            onSubmit={form.onSubmit((values) =>
              reset.mutate(
                { token, password: values.password },
                { onSuccess: () => void navigate('/sign-in?reset=1', { replace: true }) },
              ),
            )}
          >
            <Stack>
              <Text size="sm">{t('reset.lead')}</Text>
              {unreachable && (
                <Alert color="red" role="alert">
                  {tc('error.generic')}
                </Alert>
              )}
              {badInput && (
                <Alert color="red" role="alert">
                  {tc('auth.passwordHint', { count: MIN_PASSWORD })}
                </Alert>
              )}
              <PasswordInput
                label={t('reset.password')}
                description={tc('auth.passwordHint', { count: MIN_PASSWORD })}
                autoComplete="new-password"
                required
                key={form.key('password')}
                {...form.getInputProps('password')}
              />
              <PasswordInput
                label={t('reset.repeat')}
                autoComplete="new-password"
                required
                key={form.key('repeat')}
                {...form.getInputProps('repeat')}
              />
              <Button type="submit" loading={reset.isPending} data-testid="reset-save">
                {t('reset.action')}
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/sign-in">
          {t('forgot.backToSignIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
