import { Alert, Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { isApiError } from '@/lib/api-error';
import { useRequestPasswordReset } from '../api/request-password-reset';

/**
 * `/forgot-password`: asks for the address and answers the same whether an account has it or
 * not (the API does too), so the page tells no one which addresses are registered.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : tc('validation.email')),
    },
  });

  return (
    <Stack maw={440} mx="auto" w="100%">
      <PageTitle ta="center">{t('forgot.title')}</PageTitle>
      <Text c="dimmed" ta="center">
        {t('forgot.lead')}
      </Text>
      <Paper withBorder p="lg" radius="md">
        {request.isSuccess ? (
          <Alert color="teal" role="status" data-testid="reset-requested">
            {t('forgot.sent', { email: form.getValues().email.trim() })}
          </Alert>
        ) : (
          <form
            noValidate
            onSubmit={form.onSubmit((values) => request.mutate(values.email.trim()))}
          >
            <Stack>
              {request.isError && (
                <Alert color="red" role="alert">
                  {isApiError(request.error, 429) ? t('forgot.tooMany') : tc('error.generic')}
                </Alert>
              )}
              <TextInput
                label={tc('auth.email')}
                type="email"
                autoComplete="email"
                required
                key={form.key('email')}
                {...form.getInputProps('email')}
              />
              <Button type="submit" loading={request.isPending} data-testid="reset-request">
                {t('forgot.action')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/sign-in">
          {t('forgot.backToSignIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
