import type { TFunction } from 'i18next';

import { errorMessageKey } from '@/components/ui/page-states';
import { isApiError } from '@/lib/api-error';

/**
 * A sentence for a failed delegation call. The API's code comes from the contracts' catalogue
 * (ApiError keeps only known codes); the sentences are keyed by that code under
 * `delegations.errors.<code>`, so a code with a sentence of ours is shown as such and any other
 * falls back to its field messages or the generic text for its status.
 */
export function delegationErrorText(t: TFunction, error: unknown): string {
  if (isApiError(error) && error.code) {
    const text = t(`delegations.errors.${error.code}`, { defaultValue: '' });
    if (text) {
      return text;
    }
  }
  if (isApiError(error, 400) && error.fieldErrors.length > 0) {
    return error.fieldErrors.flatMap((field) => field.messages).join(' ');
  }
  return t(errorMessageKey(error));
}
