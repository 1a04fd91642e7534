import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { toFormErrors } from '@/lib/api-messages';
import { isApiError } from '@/lib/api-error';
import { useChangePassword } from '../api/account-api';

const MIN_LENGTH = 10;

/**
 * The signed-in password change. This device stays signed in; the API signs out every other
 * device (their open pages are told why and sent to sign in).
 */
export function ChangePasswordForm() {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const change = useChangePassword();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (value.length > 0 ? null : tc('validation.required')),
      newPassword: (value, values) =>
        value.length < MIN_LENGTH
          ? t('password.tooShort', { count: MIN_LENGTH })
          : value === values.currentPassword
            ? t('password.unchanged')
            : null,
      confirmPassword: (value, values) =>
        value === values.newPassword ? null : t('password.mismatch'),
    },
  });

  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => form.reset(),
        onError: (error) => {
          if (isApiError(error, 400)) {
            const errors = toFormErrors(tc, error.fieldErrors);
            form.setErrors(
              errors.currentPassword
                ? { ...errors, currentPassword: t('password.wrongCurrent') }
                : errors,
            );
          }
        },
      },
    ),
  );

  const failure =
    change.error && !isApiError(change.error, 400)
      ? isApiError(change.error, 429)
        ? tc('auth.tooManyAttempts')
        : tc('error.generic')
      : null;

  return (
    <Paper withBorder radius="md" p="lg" maw={480}>
      <form noValidate onSubmit={submit} data-testid="change-password-form">
        <Stack>
          <Title order={2} size="h4">
            {t('password.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('password.help')}
          </Text>
          {change.isSuccess && (
            <Alert color="green" role="status" data-testid="password-changed">
              {t('password.done', { count: change.data.otherLoginsEnded })}
            </Alert>
          )}
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            required
            key={form.key('currentPassword')}
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('password.new')}
            autoComplete="new-password"
            required
            key={form.key('newPassword')}
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('password.confirm')}
            autoComplete="new-password"
            required
            key={form.key('confirmPassword')}
            {...form.getInputProps('confirmPassword')}
          />
          <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('password.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
