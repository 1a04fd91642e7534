import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '@jcc/contracts';
import { Alert, Card, Loader, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useNotificationPreferences } from '../api/get-notification-preferences';
import { useUpdateNotificationPreferences } from '../api/update-notification-preferences';

/**
 * Which kinds of mail the signed-in user gets: one switch per category, saved as it is flipped.
 * Mails about the account itself (address, password, invitations) are always sent.
 */
export function NotificationPreferences() {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();

  if (preferences.isPending) {
    return <Loader aria-label={tc('state.loading')} />;
  }
  if (preferences.isError) {
    return (
      <Alert color="red" role="alert">
        {tc('error.generic')}
      </Alert>
    );
  }
  const byCategory = new Map(preferences.data.map((p) => [p.category, p.mail]));
  const toggle = (category: NotificationCategory, mail: boolean) =>
    update.mutate([{ category, mail }]);

  return (
    <Card withBorder>
      <Stack gap="md">
        <Text>{t('preferences.lead')}</Text>
        {NOTIFICATION_CATEGORIES.map((category) => (
          <Switch
            key={category}
            checked={byCategory.get(category) ?? true}
            onChange={(event) => toggle(category, event.currentTarget.checked)}
            disabled={update.isPending}
            label={t(`category.${category}`)}
            description={t(`categoryHint.${category}`)}
            data-testid={`preference-${category}`}
          />
        ))}
        <Text size="sm" c="dimmed">
          {t('preferences.essential')}
        </Text>
        {update.isSuccess && (
          <Text size="sm" c="teal.9" role="status" data-testid="preferences-saved">
            {t('preferences.saved')}
          </Text>
        )}
        {update.isError && (
          <Alert color="red" role="alert">
            {t('preferences.failed')}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
