import { SIZE_BAND_CODES, type FieldError } from '@jcc/contracts';
import type { TFunction } from 'i18next';

import { translateApiMessage } from '@/lib/api-messages';

/** Columns whose name the profile form already gives in every language. */
const PROFILE_LABELS = new Set([
  'name',
  'country',
  'city',
  'registrationNumber',
  'sizeBand',
  'foundedYear',
  'website',
  'sectors',
  'offersHs',
  'seeksHs',
  'partnershipTypes',
  'jvSectors',
  'languages',
  'description',
  'certifications',
]);

/** A column (or `row`) as staff read it in their language, never the internal key. */
export function columnLabel(t: TFunction, field: string): string {
  if (PROFILE_LABELS.has(field)) {
    return t(`profile.${field}`, { ns: 'common' });
  }
  return t(`imports.columns.${field}`, { ns: 'firstweek', defaultValue: field });
}

/**
 * What the importer's English message means, in plain words of the user's language; the
 * messages of the profile form where they are the same rule.
 */
const IMPORT_PATTERNS: [RegExp, (match: RegExpMatchArray) => [string, Record<string, unknown>?]][] =
  [
    [/country must be PK or AZ/, () => ['imports.problem.country']],
    [
      /sizeBand must be one of/,
      () => ['imports.problem.sizeBand', { codes: SIZE_BAND_CODES.join(', ') }],
    ],
    [/must be an e-mail address/, () => ['imports.problem.email']],
    [/must be a phone number/, () => ['imports.problem.phone']],
    [/has unknown values: (.+?);/, (m) => ['imports.problem.unknownValues', { values: m[1] }]],
    [/duplicates row (\d+)/, (m) => ['imports.problem.duplicate', { row: m[1] }]],
    [/is required|must not be empty|should not be empty/, () => ['imports.problem.required']],
  ];

export function describeImportProblem(t: TFunction, message: string): string {
  for (const [pattern, toKey] of IMPORT_PATTERNS) {
    const match = message.match(pattern);
    if (match) {
      const [key, params] = toKey(match);
      return t(key, { ns: 'firstweek', ...params });
    }
  }
  return translateApiMessage(t, message);
}

/** One line per problem: the column, the cell as the file had it, what is wrong. */
export function importProblemLines(
  t: TFunction,
  error: FieldError,
): { label: string; value: string | undefined; text: string }[] {
  return error.messages.map((message) => ({
    label: columnLabel(t, error.field),
    value: error.value,
    text: describeImportProblem(t, message),
  }));
}

const quote = (value: string) =>
  /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * The rejected rows as a CSV to correct in a spreadsheet: row number, firm, column, the value
 * found and the problem, one line per problem, headed in the user's language.
 */
export function rejectedRowsCsv(
  t: TFunction,
  rows: { row: number; name: string | null; errors: FieldError[] }[],
): string {
  const header = ['row', 'firm', 'column', 'value', 'problem'].map((key) =>
    t(`imports.csv.${key}`, { ns: 'firstweek' }),
  );
  const lines = rows.flatMap((row) =>
    row.errors.flatMap((error) =>
      importProblemLines(t, error).map((line) => [
        String(row.row),
        row.name ?? '',
        line.label,
        line.value ?? '',
        line.text,
      ]),
    ),
  );
  return `\uFEFF${[header, ...lines].map((line) => line.map(quote).join(',')).join('\r\n')}\r\n`;
}
