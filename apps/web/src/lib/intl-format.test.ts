import { describe, expect, it } from 'vitest';

import { createFormatters, runtimeSpeaks } from './intl-format';

const AZ_WORDS = {
  months: 'yanvar,fevral,mart,aprel,may,iyun,iyul,avqust,sentyabr,oktyabr,noyabr,dekabr'.split(','),
  and: 'və',
};

/**
 * A runtime without Azerbaijani data, as some Chromium builds are: `az` resolves to the root
 * locale, whose medium date reads "2026 M12 2", and lists join with the English "and".
 */
function intlWithout(language: string): typeof Intl {
  const fallbackFor = (locales: unknown) =>
    (Array.isArray(locales) ? locales : [locales]).map((locale) =>
      String(locale).split('-')[0] === language ? 'und' : locale,
    ) as string[];
  class DateTimeFormat extends Intl.DateTimeFormat {
    constructor(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      super(fallbackFor(locales ?? 'en'), options);
    }
    static override supportedLocalesOf(locales: string | string[]) {
      return Intl.DateTimeFormat.supportedLocalesOf(locales).filter(
        (locale) => locale.split('-')[0] !== language,
      );
    }
  }
  class ListFormat extends Intl.ListFormat {
    constructor(locales?: string | string[], options?: Intl.ListFormatOptions) {
      super(fallbackFor(locales ?? 'en'), options);
    }
    static override supportedLocalesOf(locales: string | string[]) {
      return Intl.ListFormat.supportedLocalesOf(locales).filter(
        (locale) => locale.split('-')[0] !== language,
      );
    }
  }
  return { NumberFormat: Intl.NumberFormat, DateTimeFormat, ListFormat } as unknown as typeof Intl;
}

const DAY = new Date(Date.UTC(2026, 11, 2, 9, 27));

describe('formatting in the user’s language', () => {
  it('uses Intl’s own Azerbaijani where the runtime has it', () => {
    expect(runtimeSpeaks('az')).toBe(true);
    const az = createFormatters('az', AZ_WORDS, { timeZone: 'Asia/Baku' });
    expect(az.date(DAY)).toBe('2 dek 2026');
    expect(az.list(['Toxuculuq və ev tekstili', 'İdman malları'])).toBe(
      'Toxuculuq və ev tekstili və İdman malları',
    );
    expect(az.number(12345.5)).toBe('12.345,5');
    expect(az.time(DAY)).toBe('13:27');
  });

  it('falls back to the texts’ month names and "və" where the runtime lacks az', () => {
    const missing = intlWithout('az');
    expect(runtimeSpeaks('az', missing)).toBe(false);
    const az = createFormatters('az', AZ_WORDS, { intl: missing, timeZone: 'Asia/Baku' });
    expect(az.date(DAY)).toBe('2 dekabr 2026');
    expect(az.dateTime(DAY)).toBe('2 dekabr 2026, 13:27');
    expect(az.list(['Toxuculuq', 'Dəri', 'İdman malları'])).toBe(
      'Toxuculuq, Dəri və İdman malları',
    );
    expect(az.list(['Toxuculuq'])).toBe('Toxuculuq');
    expect(az.number(12345.5)).toBe('12.345,5');
    expect(az.date(DAY)).not.toMatch(/M12|and/);
  });

  it('keeps English with English data', () => {
    const en = createFormatters('en', { months: [], and: 'and' }, { timeZone: 'UTC' });
    expect(en.list(['Textiles', 'Sports goods'])).toBe('Textiles and Sports goods');
    expect(en.date(DAY)).toBe('Dec 2, 2026');
  });
});
