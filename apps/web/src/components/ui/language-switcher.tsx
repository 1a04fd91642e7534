import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { changeLocale, currentLocale, isUiLocale, UI_LOCALES, type LocaleSaver } from '@/lib/i18n';
import { useCurrentUser } from '@/lib/session';

/** Each language is named in itself, so anyone can find their own. */
const NATIVE_NAMES: Record<(typeof UI_LOCALES)[number], string> = {
  en: 'English',
  az: 'Azərbaycanca',
  ur: 'اردو',
  ru: 'Русский',
};

/** `save` stores a signed-in user's choice on the account (the app passes the API call). */
export function LanguageSwitcher({ save }: { save?: LocaleSaver }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="xs"
      w={130}
      value={currentLocale()}
      data-testid="language-switcher"
      data={UI_LOCALES.map((code) => ({ value: code, label: NATIVE_NAMES[code] }))}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isUiLocale(value)) {
          void changeLocale(value, user, save);
        }
      }}
    />
  );
}
