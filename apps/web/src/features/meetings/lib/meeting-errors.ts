import type { TFunction } from 'i18next';

import { errorMessageKey } from '@/components/ui/page-states';
import { isApiError } from '@/lib/api-error';

/** A sentence for a failed meetings call: ours by error code, else field messages, else generic. */
export function meetingErrorText(t: TFunction, error: unknown): string {
  if (isApiError(error) && error.code) {
    const text = t(`errors.${error.code}`, { ns: 'meetings', defaultValue: '' });
    if (text) {
      return text;
    }
  }
  if (isApiError(error, 400) && error.fieldErrors.length > 0) {
    return error.fieldErrors.flatMap((field) => field.messages).join(' ');
  }
  return t(errorMessageKey(error), { ns: 'common' });
}
