/**
 * Dates, times, numbers and lists in the user's language with `Intl`, and a fallback for a
 * runtime whose ICU data lacks the language (some Chromium builds answer `az` with the root
 * locale: "2026 M12 2", lists joined with the English "and"). The fallback spells the month and
 * the list's last "and" from the app's own texts, so a person never meets a half-English line.
 */

/** What the fallback needs from the texts: month names (1–12), the word for "and". */
export interface FallbackWords {
  months: readonly string[];
  and: string;
}

/** Separators and clock of the languages the app speaks, as CLDR has them. */
const NUMBER_SEPARATORS: Record<string, { group: string; decimal: string }> = {
  az: { group: '.', decimal: ',' },
  ru: { group: '\u00a0', decimal: ',' },
  ur: { group: ',', decimal: '.' },
  en: { group: ',', decimal: '.' },
};

/** Whether this runtime formats `language` with its own data (not the root locale). */
export function runtimeSpeaks(language: string, intl: typeof Intl = Intl): boolean {
  try {
    const resolved = new intl.DateTimeFormat(language).resolvedOptions().locale;
    return (
      intl.DateTimeFormat.supportedLocalesOf([language]).length > 0 &&
      intl.ListFormat.supportedLocalesOf([language]).length > 0 &&
      resolved.split('-')[0] === language &&
      // The root locale's month is "M12": a runtime that claims the language but lacks its data.
      !/^M\d/.test(new intl.DateTimeFormat(language, { month: 'short' }).format(new Date(0)))
    );
  } catch {
    return false;
  }
}

export interface Formatters {
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  date: (iso: string | Date) => string;
  time: (iso: string | Date) => string;
  dateTime: (iso: string | Date) => string;
  list: (items: readonly string[]) => string;
}

const asDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));

/** Built on first use: constructing an Intl formatter loads locale data, a phone's milliseconds. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/**
 * The formatters of `language`, each made the first time it is used (a page that lists but
 * never dates pays for no date formatter), natively or, where the runtime lacks the language's
 * data, by the fallback below.
 */
export function createFormatters(
  language: string,
  words: FallbackWords,
  options: { intl?: typeof Intl; timeZone?: string } = {},
): Formatters {
  const chosen = once(() =>
    runtimeSpeaks(language, options.intl ?? Intl)
      ? nativeFormatters(language, options)
      : fallbackFormatters(language, words, options),
  );
  return {
    number: (value, numberOptions) => chosen().number(value, numberOptions),
    date: (value) => chosen().date(value),
    time: (value) => chosen().time(value),
    dateTime: (value) => chosen().dateTime(value),
    list: (items) => chosen().list(items),
  };
}

function nativeFormatters(
  language: string,
  { intl = Intl, timeZone }: { intl?: typeof Intl; timeZone?: string },
): Formatters {
  const dateFormat = once(
    () => new intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone }),
  );
  const timeFormat = once(
    () => new intl.DateTimeFormat(language, { timeStyle: 'short', timeZone }),
  );
  const dateTimeFormat = once(
    () => new intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  );
  const listFormat = once(
    () => new intl.ListFormat(language, { style: 'long', type: 'conjunction' }),
  );
  return {
    number: (value, options) => new intl.NumberFormat(language, options).format(value),
    date: (value) => dateFormat().format(asDate(value)),
    time: (value) => timeFormat().format(asDate(value)),
    dateTime: (value) => dateTimeFormat().format(asDate(value)),
    list: (items) => listFormat().format(items),
  };
}

function fallbackFormatters(
  language: string,
  words: FallbackWords,
  { intl = Intl, timeZone }: { intl?: typeof Intl; timeZone?: string },
): Formatters {
  // The fallback: English-neutral parts (digits, 24-hour clock) put together the language's way.
  const separators = NUMBER_SEPARATORS[language] ?? NUMBER_SEPARATORS.en;
  const parts = new intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  });
  const pieces = (value: string | Date) => {
    const found = Object.fromEntries(
      parts.formatToParts(asDate(value)).map((part) => [part.type, part.value]),
    );
    return {
      day: Number(found.day),
      month: words.months[Number(found.month) - 1] ?? found.month,
      year: found.year,
      time: `${found.hour === '24' ? '00' : found.hour}:${found.minute}`,
    };
  };
  const date = (value: string | Date) => {
    const { day, month, year } = pieces(value);
    return `${day} ${month} ${year}`;
  };
  const time = (value: string | Date) => pieces(value).time;
  return {
    number: (value, options) =>
      new intl.NumberFormat('en', options)
        .formatToParts(value)
        .map((part) =>
          part.type === 'group'
            ? separators.group
            : part.type === 'decimal'
              ? separators.decimal
              : part.value,
        )
        .join(''),
    date,
    time,
    dateTime: (value) => `${date(value)}, ${time(value)}`,
    list: (items) =>
      items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} ${words.and} ${items[items.length - 1]}`,
  };
}
