import type { UserResponse } from '@jcc/contracts';
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { isApiError } from '@/lib/api-error';
import { toFormErrors } from '@/lib/api-messages';
import { currentLocale } from '@/lib/i18n';
import { useRegister } from '../api/register';

export const PASSWORD_MIN_LENGTH = 10;

export function SignUpForm({ onSignedUp }: { onSignedUp: (user: UserResponse) => void }) {
  const { t } = useTranslation();
  const register = useRegister();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { fullName: '', email: '', password: '' },
    validate: {
      fullName: (value) =>
        value.trim().length >= 2 ? null : t('validation.minLength', { count: 2 }),
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('validation.email')),
      password: (value) =>
        value.length >= PASSWORD_MIN_LENGTH
          ? null
          : t('validation.minLength', { count: PASSWORD_MIN_LENGTH }),
    },
  });

  return (
    <Paper withBorder p="lg" radius="md" maw={440} mx="auto" w="100%">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          register.mutate(
            {
              fullName: values.fullName.trim(),
              email: values.email.trim(),
              password: values.password,
              locale: currentLocale(),
            },
            {
              onSuccess: (auth) => onSignedUp(auth.user),
              onError: (error) => {
                if (isApiError(error, 400)) {
                  form.setErrors(toFormErrors(t, error.fieldErrors));
                } else if (isApiError(error, 409)) {
                  form.setFieldError('email', t('auth.emailTaken'));
                }
              },
            },
          ),
        )}
      >
        <Stack>
          {register.error &&
            !isApiError(register.error, 400) &&
            !isApiError(register.error, 409) && (
              <Alert color="red" role="alert">
                {t('error.generic')}
              </Alert>
            )}
          <TextInput
            label={t('auth.fullName')}
            autoComplete="name"
            required
            key={form.key('fullName')}
            {...form.getInputProps('fullName')}
          />
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
            description={t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={register.isPending}>
            {t('auth.createAccount')}
          </Button>
          <Text size="sm" ta="center">
            {t('auth.haveAccount')}{' '}
            <Anchor component={Link} to="/sign-in">
              {t('auth.signIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
