import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageTitle } from '@/components/ui/page-title';
import { useCurrentUser } from '@/lib/session';
import { ChangePasswordForm } from './change-password-form';

/** The signed-in user's own account: who they are, and their password. */
export function AccountPage() {
  const { t } = useTranslation('account');
  const user = useCurrentUser();
  return (
    <Stack>
      <PageTitle>{t('title')}</PageTitle>
      {user && (
        <Text size="sm" c="dimmed" dir="auto">
          {user.fullName} · <span dir="ltr">{user.email}</span>
        </Text>
      )}
      <ChangePasswordForm />
    </Stack>
  );
}
