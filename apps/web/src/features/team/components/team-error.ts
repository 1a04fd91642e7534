import type { TFunction } from 'i18next';

import { ApiError } from '@/lib/api-error';

/** A refusal of the team routes in the reader's language, by the API's error code. */
export function teamErrorText(t: TFunction, error: unknown): string {
  const code = error instanceof ApiError ? error.code : undefined;
  return t(`errors.${code ?? 'generic'}`, { defaultValue: t('errors.generic') });
}
