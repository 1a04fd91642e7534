import { UI_LOCALES, type UiLocale } from '@jcc/contracts';
import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

export { UI_LOCALES, type UiLocale };

// firstweek holds the month names and the list's "and" that the Intl fallback needs everywhere.
export const NAMESPACES = ['common', 'taxonomy', 'opportunities', 'firstweek'] as const;
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

/**
 * `<html lang dir>` follow the language; Urdu loads its Nastaliq font on first use — only the
 * Arabic-script subset (Latin text inside keeps the system font, app.css), `font-display: swap`.
 */
function applyToDocument(language: string): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = directionOf(language);
  if (language === 'ur') {
    void import('@fontsource/noto-nastaliq-urdu/arabic-400.css');
    void import('@fontsource/noto-nastaliq-urdu/arabic-700.css');
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
      // Ask the backend for the texts now, not in a timer after the app's first long task:
      // at start-up that timer fired only once the page's chunk had been evaluated.
      initAsync: false,
    });
  i18next.on('languageChanged', applyToDocument);
  applyToDocument(currentLocale());
  return i18next;
}

/**
 * The user's language lives on the account (PATCH /api/auth/me), so it follows them from device
 * to device. The app hands in the call that stores it (`save`). Only when storing fails (offline,
 * an error) is the choice kept on this device, per user, and stored at the next sign-in.
 */
export type LocaleSaver = (locale: UiLocale) => Promise<void>;

const unsavedKey = (userId: string) => `${LOCALE_STORAGE_KEY}.user.${userId}`;
/**
 * A language a visitor picked before signing in, kept across reloads and tabs (the detector's own
 * cache cannot tell a pick from a guess from the browser): the next sign-in applies and stores it.
 */
const PICKED_KEY = `${LOCALE_STORAGE_KEY}.picked`;
let choseThisVisit = false;

function readPicked(): UiLocale | null {
  try {
    const value = localStorage.getItem(PICKED_KEY);
    return isUiLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function writePicked(locale: UiLocale | null): void {
  try {
    if (locale) {
      localStorage.setItem(PICKED_KEY, locale);
    } else {
      localStorage.removeItem(PICKED_KEY);
    }
  } catch {
    // Private mode: the pick lasts for this visit only.
  }
}

function readUnsaved(userId: string): UiLocale | null {
  try {
    const value = localStorage.getItem(unsavedKey(userId));
    return isUiLocale(value) ? value : null;
  } catch {
    return null;
  }
}

async function storeOnAccount(userId: string, locale: UiLocale, save: LocaleSaver): Promise<void> {
  try {
    await save(locale);
    localStorage.removeItem(unsavedKey(userId));
  } catch {
    localStorage.setItem(unsavedKey(userId), locale);
  }
}

/** The user picks a language: shown at once, stored on the account when signed in. */
export async function changeLocale(
  locale: UiLocale,
  user?: { id: string; locale: string } | null,
  save?: LocaleSaver,
): Promise<void> {
  choseThisVisit = true;
  writePicked(user ? null : locale);
  await i18next.changeLanguage(locale);
  if (user && save && (user.locale !== locale || readUnsaved(user.id) !== null)) {
    await storeOnAccount(user.id, locale, save);
  }
}

/**
 * After sign-in (or a restored session): a language picked during this visit, or picked before
 * signing in (even in an earlier tab), wins and is stored on the account; else one this device could not store before is applied and stored now; else
 * the account's language applies.
 */
export async function applyUserLocale(
  user: { id: string; locale: string },
  save?: LocaleSaver,
): Promise<void> {
  const unsaved = readUnsaved(user.id);
  const picked = readPicked();
  if (choseThisVisit || picked) {
    writePicked(null);
    if (picked && picked !== currentLocale()) {
      await i18next.changeLanguage(picked);
    }
    const current = currentLocale();
    if (save && (current !== user.locale || unsaved !== null)) {
      await storeOnAccount(user.id, current, save);
    }
    return;
  }
  const locale = unsaved ?? (isUiLocale(user.locale) ? user.locale : null);
  if (locale && locale !== currentLocale()) {
    await i18next.changeLanguage(locale);
  }
  if (unsaved !== null && save) {
    if (unsaved === user.locale) {
      localStorage.removeItem(unsavedKey(user.id));
    } else {
      await storeOnAccount(user.id, unsaved, save);
    }
  }
}
