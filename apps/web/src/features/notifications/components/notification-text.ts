import type { NotificationItem } from '@jcc/contracts';
import type { TFunction } from 'i18next';

/** A notification's sentence in the reader's language, from its kind and parameters. */
export function notificationText(t: TFunction, item: NotificationItem): string {
  const params = Object.fromEntries(
    Object.entries(item.params).map(([key, value]) => [key, value ?? '']),
  );
  const status =
    typeof item.params.status === 'string'
      ? t(`status.${item.params.status}`, item.params.status)
      : '';
  return t(`kinds.${item.kind}`, { ...params, status, defaultValue: t('kinds.unknown') });
}
