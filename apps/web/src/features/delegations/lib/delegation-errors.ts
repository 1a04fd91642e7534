import type { TFunction } from 'i18next';

import { errorMessageKey } from '@/components/ui/page-states';
import { isApiError } from '@/lib/api-error';

/** The API's conflict codes for delegations, each with a sentence of ours. */
const CODES = [
  'capacity_below_seats',
  'delegation_has_members',
  'delegation_full',
  'already_on_delegation',
  'company_rejected',
  'applications_closed',
  'invalid_transition',
  'wrong_country',
] as const;

export function delegationErrorText(t: TFunction, error: unknown): string {
  if (isApiError(error) && error.code && (CODES as readonly string[]).includes(error.code)) {
    return t(`delegations.errors.${error.code}`);
  }
  if (isApiError(error, 400) && error.fieldErrors.length > 0) {
    return error.fieldErrors.flatMap((field) => field.messages).join(' ');
  }
  return t(errorMessageKey(error));
}
