import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { AccountPage } from '@/features/account/components/account-page';
import { NotificationPreferences } from '@/features/account/components/notification-preferences';

/**
 * The signed-in user's one place for their own account: who they are and their password, then
 * which mails they get. `/settings` (the mails' links) opens the same page.
 */
export function AccountRoute() {
  const { t } = useTranslation('account');
  return (
    <Stack maw={720} gap="xl">
      <AccountPage />
      <Stack id="mail-settings">
        <Title order={2} size="h3">
          {t('preferences.emailTitle')}
        </Title>
        <Text c="dimmed">{t('preferences.intro')}</Text>
        <NotificationPreferences />
      </Stack>
    </Stack>
  );
}
