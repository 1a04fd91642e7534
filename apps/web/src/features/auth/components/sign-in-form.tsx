import type { UserResponse } from '@jcc/contracts';
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { isApiError } from '@/lib/api-error';
import { useLogin } from '../api/login';

export function SignInForm({
  onSignedIn,
  onAttempt,
}: {
  onSignedIn: (user: UserResponse) => void;
  /** Each submission: the page drops a notice the form's own answer now replaces. */
  onAttempt?: () => void;
}) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('account');
  const login = useLogin();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('validation.email')),
      password: (value) => (value.length > 0 ? null : t('validation.required')),
    },
  });

  const failure = login.error
    ? isApiError(login.error, 401)
      ? t('auth.wrongCredentials')
      : isApiError(login.error, 403) && login.error.code === 'company_suspended'
        ? t('auth.companySuspended', { reason: login.error.reason ?? '' })
        : isApiError(login.error, 429)
          ? t('auth.tooManyAttempts')
          : t('error.generic')
    : null;

  return (
    <Paper withBorder p="lg" radius="md" maw={440} mx="auto" w="100%">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          onAttempt?.();
          login.mutate(
            { email: values.email.trim(), password: values.password },
            { onSuccess: (auth) => onSignedIn(auth.user) },
          );
        })}
      >
        <Stack>
          {failure && (
            <Alert color="red" role="alert" data-testid="sign-in-error">
              <Text size="sm" style={{ whiteSpace: 'pre-line' }} dir="auto">
                {failure}
              </Text>
            </Alert>
          )}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            required
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Anchor component={Link} to="/forgot-password" size="sm" data-testid="forgot-password">
            {ta('signIn.forgotPassword')}
          </Anchor>
          <Button type="submit" loading={login.isPending}>
            {t('auth.signIn')}
          </Button>
          <Text size="sm" ta="center">
            {t('auth.noAccount')}{' '}
            <Anchor component={Link} to="/sign-up">
              {t('auth.signUp')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
