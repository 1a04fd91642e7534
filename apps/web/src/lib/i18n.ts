import { UI_LOCALES, type UiLocale } from '@jcc/contracts';
import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

export { UI_LOCALES, type UiLocale };

export const NAMESPACES = ['common', 'taxonomy'] as const;
export const LOCALE_STORAGE_KEY = 'jcc.locale';
const RTL_LOCALES: ReadonlySet<string> = new Set(['ur']);

/** Each language's files are separate chunks: only the chosen language is downloaded. */
const loaders = import.meta.glob<{ default: ResourceKey }>('../locales/*/*.json');

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = loaders[`../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No ${namespace} texts for ${language}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

export function directionOf(language: string): 'rtl' | 'ltr' {
  return RTL_LOCALES.has(language) ? 'rtl' : 'ltr';
}

export function currentLocale(): UiLocale {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isUiLocale(language) ? language : 'en';
}

/** `<html lang dir>` follow the language; Urdu loads its Nastaliq font on first use. */
function applyToDocument(language: string): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = directionOf(language);
  if (language === 'ur') {
    void import('@fontsource/noto-nastaliq-urdu/400.css');
    void import('@fontsource/noto-nastaliq-urdu/700.css');
  }
}

export async function initI18n(
  options: { resources?: Record<string, Record<string, ResourceKey>>; lng?: string } = {},
) {
  if (!options.resources) {
    i18next.use(lazyBackend);
  }
  await i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: options.resources,
      lng: options.lng,
      supportedLngs: [...UI_LOCALES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LOCALE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      react: { useSuspense: false },
    });
  i18next.on('languageChanged', applyToDocument);
  applyToDocument(currentLocale());
  return i18next;
}

/** The language a signed-in user chose on this device (the API has no endpoint to store it yet). */
const userKey = (userId: string) => `${LOCALE_STORAGE_KEY}.user.${userId}`;
let choseThisVisit = false;

export async function changeLocale(locale: UiLocale, userId?: string | null): Promise<void> {
  choseThisVisit = true;
  if (userId) {
    localStorage.setItem(userKey(userId), locale);
  }
  await i18next.changeLanguage(locale);
}

/**
 * After sign-in: a language picked during this visit wins (and is remembered for the user);
 * otherwise the one the user chose before on this device, else the one stored on the account.
 */
export async function applyUserLocale(user: { id: string; locale: string }): Promise<void> {
  if (choseThisVisit) {
    localStorage.setItem(userKey(user.id), currentLocale());
    return;
  }
  const remembered = localStorage.getItem(userKey(user.id));
  const locale = isUiLocale(remembered) ? remembered : isUiLocale(user.locale) ? user.locale : null;
  if (locale && locale !== currentLocale()) {
    await i18next.changeLanguage(locale);
  }
}
