import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/lib/api-error';
import { useResendVerification } from '../api/resend-verification';

const EMAIL = /^\S+@\S+\.\S+$/;

/** "Send a new link": the address (the signed-in user's, when known) and one button. */
export function ResendVerificationForm({ email: knownEmail }: { email?: string }) {
  const { t } = useTranslation('account');
  const resend = useResendVerification();
  const [email, setEmail] = useState(knownEmail ?? '');
  const [invalid, setInvalid] = useState(false);

  if (resend.isSuccess) {
    return (
      <Alert color="teal" role="status" data-testid="verification-resent">
        {t('resend.sent', { email: email.trim() })}
      </Alert>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const value = email.trim();
        setInvalid(!EMAIL.test(value));
        if (EMAIL.test(value)) {
          resend.mutate(value);
        }
      }}
    >
      <Group align="flex-end" gap="xs" wrap="wrap">
        {!knownEmail && (
          <TextInput
            label={t('resend.email')}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={invalid ? t('resend.invalidEmail') : undefined}
            style={{ flex: '1 1 16rem' }}
          />
        )}
        <Button type="submit" variant="light" loading={resend.isPending} data-testid="resend">
          {t('resend.action')}
        </Button>
      </Group>
      {resend.isError && (
        <Alert color="red" mt="xs" role="alert">
          {isApiError(resend.error, 429) ? t('resend.tooMany') : t('resend.failed')}
        </Alert>
      )}
    </form>
  );
}
