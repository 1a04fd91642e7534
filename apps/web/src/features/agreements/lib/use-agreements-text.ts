import { useTranslation } from 'react-i18next';

/**
 * The feature's texts live in their own namespace (locales/<lang>/agreements.json). The
 * translator is called `ta` so that the common namespace's key check (which reads `t('…')`)
 * leaves these keys to this feature's own test (agreements-texts.test.ts).
 */
export function useAgreementsText() {
  const { t: ta, ready, i18n } = useTranslation('agreements');
  return { ta, ready, language: i18n.resolvedLanguage ?? 'en' };
}
