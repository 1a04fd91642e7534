import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '@/lib/labels';
import { useOfflineAsOf } from '@/lib/offline-copy';

/**
 * "Offline — shown as of <time>" above what a page shows from its offline copy (lib/offline-copy)
 * because the API could not be reached; nothing while every part of it is live.
 */
export function OfflineNotice({
  copies,
  asOf,
}: {
  copies?: readonly string[];
  asOf?: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const served = useOfflineAsOf(copies ?? []);
  const time = [served, asOf].filter((value): value is string => Boolean(value)).sort()[0];
  if (!time) {
    return null;
  }
  return (
    <Alert
      color="gray"
      variant="light"
      c="dark.8"
      py={6}
      role="status"
      data-testid="offline-notice"
    >
      {t('state.offlineAsOf', { time: format.dateTime(time) })}
    </Alert>
  );
}
