import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageTitle } from '@/components/ui/page-title';
import { NotificationPreferences } from '@/features/account/components/notification-preferences';

/** The member's own settings: for now, which mails they get. */
export function SettingsRoute() {
  const { t } = useTranslation('account');
  return (
    <Stack maw={720}>
      <PageTitle>{t('preferences.title')}</PageTitle>
      <Text c="dimmed">{t('preferences.intro')}</Text>
      <NotificationPreferences />
    </Stack>
  );
}
