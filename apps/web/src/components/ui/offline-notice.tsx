import { Alert } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '@/lib/labels';
import { useOfflineAsOf } from '@/lib/offline-copy';

/**
 * "Offline — shown as of <time>" above what a page shows from its offline copy (lib/offline-copy)
 * because the API could not be reached; nothing while every part of it is live. When the
 * connection returns, the page's queries are fetched again (a copy would otherwise count as
 * fresh data for a while).
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
  const queryClient = useQueryClient();
  const served = useOfflineAsOf(copies ?? []);
  const time = [served, asOf].filter((value): value is string => Boolean(value)).sort()[0];

  useEffect(() => {
    if (!time) {
      return undefined;
    }
    const refetch = () => void queryClient.invalidateQueries();
    window.addEventListener('online', refetch);
    return () => window.removeEventListener('online', refetch);
  }, [time, queryClient]);

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
