import type { FieldError } from '@jcc/contracts';
import type { TFunction } from 'i18next';

/**
 * The API explains invalid input in English (`{ field, messages }`). These patterns turn each of
 * its messages into the same translated sentence the forms show when they check the input
 * themselves, so a message reads alike whether the browser or the server found the problem.
 */
const PATTERNS: [RegExp, (match: RegExpMatchArray) => [string, Record<string, unknown>?]][] = [
  [/must be at least (\d+) characters?/, (m) => ['validation.minLength', { count: Number(m[1]) }]],
  [/must be at most (\d+) characters?/, (m) => ['validation.maxLength', { count: Number(m[1]) }]],
  [/needs at least (\d+) items?/, (m) => ['validation.minItems', { count: Number(m[1]) }]],
  [/takes at most (\d+) items?/, (m) => ['validation.maxItems', { count: Number(m[1]) }]],
  [/valid e-mail address/, () => ['validation.email']],
  [
    /must be a (NTN|VÖEN) like (\S+)/,
    (m) => ['validation.registrationNumber', { label: m[1], example: m[2] }],
  ],
  [/registrationNumber may contain only/, () => ['validation.registrationDigits']],
  [/registration number is already registered/, () => ['validation.registrationTaken']],
  [/website must be an http/, () => ['validation.website']],
  [/foundedYear must be 1800 or later/, () => ['validation.foundedYearMin']],
  [/foundedYear cannot be in the future/, () => ['validation.foundedYearFuture']],
  [/foundedYear must be a whole year/, () => ['validation.foundedYearInteger']],
  [/jvSectors needs joint_venture/, () => ['validation.jvNeedsJointVenture']],
  [/must not repeat an item/, () => ['validation.unique']],
  [/country must be PK or AZ/, () => ['validation.required']],
  [/sizeBand must be one of/, () => ['validation.required']],
];

export function translateApiMessage(t: TFunction, message: string): string {
  for (const [pattern, toKey] of PATTERNS) {
    const match = message.match(pattern);
    if (match) {
      const [key, params] = toKey(match);
      return t(key, { ns: 'common', ...params });
    }
  }
  return message;
}

/** `{ field: "first message" }` for a form, translated. */
export function toFormErrors(t: TFunction, errors: FieldError[]): Record<string, string> {
  return Object.fromEntries(
    errors
      .filter((error) => error.messages.length > 0)
      .map((error) => [error.field, translateApiMessage(t, error.messages[0])]),
  );
}
