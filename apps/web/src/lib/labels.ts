import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { createFormatters, type Formatters } from './intl-format';

/**
 * Made once per language and words, not per component: building the `Intl` formatters (and
 * probing the runtime's data) cost a list of twenty company cards a quarter of a second of a
 * slow phone's CPU when each card made its own.
 */
const formattersCache = new Map<string, Formatters & { language: string }>();

function sharedFormatters(language: string, months: string, and: string) {
  const key = `${language}\u0000${months}\u0000${and}`;
  let formatters = formattersCache.get(key);
  if (!formatters) {
    formatters = { ...createFormatters(language, { months: months.split(','), and }), language };
    formattersCache.set(key, formatters);
  }
  return formatters;
}

/** `Intl` formatters for the current language, with the texts' words where the runtime lacks it. */
export function useIntlFormatters(): Formatters & { language: string } {
  const { t, i18n } = useTranslation('firstweek');
  const language = i18n.resolvedLanguage ?? 'en';
  const months = t('intl.months');
  const and = t('intl.and');
  return useMemo(() => sharedFormatters(language, months, and), [language, months, and]);
}

/**
 * Names of reference data by code (sectors, HS chapters, partnership types, …) in the current
 * language. The API sends codes; the names live in locales/<lang>/taxonomy.json.
 */
export type TaxonomyKind =
  'sector' | 'hs' | 'partnership' | 'size' | 'language' | 'country' | 'verification';

export function useLabels() {
  const { t, i18n } = useTranslation('taxonomy');
  const language = i18n.resolvedLanguage ?? 'en';
  const listFormat = useIntlFormatters();
  const label = useCallback((kind: TaxonomyKind, code: string) => t(`${kind}.${code}`), [t]);
  const list = useCallback(
    (kind: TaxonomyKind, codes: readonly string[]) =>
      listFormat.list(codes.map((code) => t(`${kind}.${code}`))),
    [listFormat, t],
  );
  /** "52 · Cotton" */
  const hs = useCallback((code: string) => `${code} · ${t(`hs.${code}`)}`, [t]);
  return { label, list, hs, language };
}

/** Dates, times and numbers in the user's language (see intl-format.ts for the fallback). */
export function useFormatters() {
  const { number, date, time, dateTime } = useIntlFormatters();
  return useMemo(
    () => ({ number: (value: number) => number(value), date, time, dateTime }),
    [number, date, time, dateTime],
  );
}
