import type { Country } from '@jcc/contracts';

import type { Random, Weighted } from './random';

const DOMAINS: Record<Country, Weighted<string>> = {
  PK: [
    ['.pk', 3],
    ['.com.pk', 3],
    ['.com', 2],
  ],
  AZ: [
    ['.az', 5],
    ['.com.az', 1],
    ['.com', 2],
  ],
};

// Legal forms are left out of domain names, as firms do.
const LEGAL_WORDS = new Set(['pvt', 'ltd', 'mmc', 'asc', 'qsc', 'llc', 'co', 'company', 'and']);
const AZ_LETTERS: Record<string, string> = {
  ə: 'e',
  Ə: 'e',
  ğ: 'g',
  Ğ: 'g',
  ı: 'i',
  İ: 'i',
  ö: 'o',
  Ö: 'o',
  ü: 'u',
  Ü: 'u',
  ç: 'c',
  Ç: 'c',
  ş: 's',
  Ş: 's',
};

/** An https address from the name: "Crescent Sports Industries" → crescent-sports-industries.pk */
export function websiteFor(random: Random, country: Country, name: string): string {
  const words = name
    .replace(/[əƏğĞıİöÖüÜçÇşŞ]/g, (letter) => AZ_LETTERS[letter] ?? letter)
    .toLowerCase()
    .replace(/['’.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !LEGAL_WORDS.has(word))
    .slice(0, 3);
  return `https://${words.join('-')}${random.weighted(DOMAINS[country])}`;
}
