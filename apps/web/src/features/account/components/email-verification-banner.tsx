import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useCurrentUser } from '@/lib/session';
import { ResendVerificationForm } from './resend-verification-form';

/**
 * Shown on every page to a signed-in user whose address is not confirmed yet: the firm's profile
 * waits for it before it goes to the chamber for review, and the mail can be sent again.
 */
export function EmailVerificationBanner() {
  const { t } = useTranslation('account');
  const user = useCurrentUser();
  if (!user || user.emailVerified) {
    return null;
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      c="dark.8"
      mb="md"
      title={t('banner.title')}
      data-testid="email-verification-banner"
    >
      <Stack gap="xs">
        <Text size="sm">{t('banner.sentTo', { email: user.email })}</Text>
        <Text size="sm" fw={600}>
          {t('banner.review')}
        </Text>
        <ResendVerificationForm key={user.email} email={user.email} />
      </Stack>
    </Alert>
  );
}
