import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names of reference data by code (sectors, HS chapters, partnership types, …) in the current
 * language. The API sends codes; the names live in locales/<lang>/taxonomy.json.
 */
export type TaxonomyKind =
  'sector' | 'hs' | 'partnership' | 'size' | 'language' | 'country' | 'verification';

export function useLabels() {
  const { t, i18n } = useTranslation('taxonomy');
  const language = i18n.resolvedLanguage ?? 'en';
  const listFormat = useMemo(
    () => new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }),
    [language],
  );
  const label = useCallback((kind: TaxonomyKind, code: string) => t(`${kind}.${code}`), [t]);
  const list = useCallback(
    (kind: TaxonomyKind, codes: readonly string[]) =>
      listFormat.format(codes.map((code) => t(`${kind}.${code}`))),
    [listFormat, t],
  );
  /** "52 · Cotton" */
  const hs = useCallback((code: string) => `${code} · ${t(`hs.${code}`)}`, [t]);
  return { label, list, hs, language };
}

export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(
    () => ({
      number: (value: number) => new Intl.NumberFormat(language).format(value),
      date: (iso: string) =>
        new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso)),
      time: (iso: string) =>
        new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(iso)),
      dateTime: (iso: string) =>
        new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(iso),
        ),
    }),
    [language],
  );
}
