import {
  COUNTRIES,
  HS_CHAPTER_CODES,
  LANGUAGE_CODES,
  MATCH_REASON_CODES,
  PARTNERSHIP_TYPES,
  SECTOR_CODES,
  SIZE_BAND_CODES,
  UI_LOCALES,
  VERIFICATION_STATUSES,
} from '@jcc/contracts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every language has every text: the same keys as English (plural forms as each language needs
 * them), the same {{placeholders}}, no empty strings; every code the API can send has a name;
 * and every key the source code asks for exists.
 */
type Tree = { [key: string]: string | Tree };

const here = import.meta.dirname;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function load(language: string, namespace: string): Tree {
  return JSON.parse(readFileSync(join(here, language, `${namespace}.json`), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      out.set(path, value);
    } else {
      flatten(value, path).forEach((text, nested) => out.set(nested, text));
    }
  }
  return out;
}

/** Keys without plural suffixes, each with the set of plural forms present. */
function baseKeys(flat: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const match = PLURAL.exec(key);
    const base = match ? key.slice(0, -match[0].length) : key;
    const forms = out.get(base) ?? new Set<string>();
    if (match) {
      forms.add(match[1]);
    }
    out.set(base, forms);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const namespaces = readdirSync(join(here, 'en')).map((file) => file.replace(/\.json$/, ''));

describe('translations', () => {
  it('exist for all four interface languages', () => {
    expect([...UI_LOCALES].sort()).toEqual(
      readdirSync(here)
        .filter((entry) => !entry.includes('.'))
        .sort(),
    );
  });

  for (const namespace of namespaces) {
    const english = flatten(load('en', namespace));
    const englishBases = baseKeys(english);

    for (const language of UI_LOCALES) {
      describe(`${language}/${namespace}.json`, () => {
        const texts = flatten(load(language, namespace));
        const bases = baseKeys(texts);
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

        it('has every key of English and no other', () => {
          const missing = [...englishBases.keys()].filter((key) => !bases.has(key));
          const extra = [...bases.keys()].filter((key) => !englishBases.has(key));
          expect({ missing, extra }).toEqual({ missing: [], extra: [] });
        });

        it(`has the plural forms ${language} needs`, () => {
          const problems: string[] = [];
          for (const [key, forms] of englishBases) {
            if (forms.size === 0) {
              continue;
            }
            const own = bases.get(key) ?? new Set<string>();
            categories
              .filter((category) => category !== 'zero' && category !== 'two')
              .filter((category) => !own.has(category))
              .forEach((category) => problems.push(`${key}_${category}`));
          }
          expect(problems).toEqual([]);
        });

        it('keeps the placeholders and leaves nothing empty', () => {
          const problems: string[] = [];
          for (const [key, text] of texts) {
            if (text.trim() === '') {
              problems.push(`${key} is empty`);
            }
            const base = key.replace(PLURAL, '');
            const reference = english.get(key) ?? english.get(`${base}_other`) ?? english.get(base);
            if (reference !== undefined) {
              const expected = placeholders(reference).filter((name) => name !== 'count');
              const actual = placeholders(text).filter((name) => name !== 'count');
              if (expected.join() !== actual.join()) {
                problems.push(
                  `${key}: {{${actual.join(', ')}}} instead of {{${expected.join(', ')}}}`,
                );
              }
            }
          }
          expect(problems).toEqual([]);
        });
      });
    }
  }

  it('names every code the API sends, in every language', () => {
    const required: Record<string, readonly string[]> = {
      country: COUNTRIES,
      sector: SECTOR_CODES,
      hs: HS_CHAPTER_CODES,
      partnership: PARTNERSHIP_TYPES,
      size: SIZE_BAND_CODES,
      language: LANGUAGE_CODES,
      verification: VERIFICATION_STATUSES,
    };
    for (const language of UI_LOCALES) {
      const taxonomy = flatten(load(language, 'taxonomy'));
      const common = flatten(load(language, 'common'));
      const missing = [
        ...Object.entries(required).flatMap(([kind, codes]) =>
          codes.map((code) => `${kind}.${code}`).filter((key) => !taxonomy.get(key)),
        ),
        ...MATCH_REASON_CODES.map((code) => `reason.${code}`).filter((key) => !common.get(key)),
      ];
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('has every key the source code uses', () => {
    // A file that asks for its own namespace (useTranslation('meetings')) is checked against it;
    // the others against the keys of every namespace (a feature's own file holds its texts).
    const englishOf = (namespace: string) =>
      new Set([...baseKeys(flatten(load('en', namespace))).keys()]);
    const english = new Set(namespaces.flatMap((namespace) => [...englishOf(namespace)]));
    const missingElsewhere: string[] = [];
    const sources = import.meta.glob<string>('../**/*.{ts,tsx}', {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const used = new Set<string>();
    for (const [path, source] of Object.entries(sources)) {
      if (path.includes('.test.')) {
        continue;
      }
      const namespace = /useTranslation\('(\w+)'\)/.exec(source)?.[1];
      if (namespace && namespace !== 'common') {
        const own = englishOf(namespace);
        for (const match of source.matchAll(/\bt\(\s*'((?:[a-z]\w*\.)+\w+)'/g)) {
          // A file may use common texts too, through a second useTranslation().
          if (!own.has(match[1]) && !english.has(match[1])) {
            missingElsewhere.push(`${namespace}:${match[1]}`);
          }
        }
        continue;
      }
      // t('key'), and message keys handed around as data: { key: 'validation.x' }, ['validation.x']
      for (const match of source.matchAll(/(?:\bt\(\s*|key: |\[)'((?:[a-z]\w*\.)+\w+)'/g)) {
        used.add(match[1]);
      }
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !english.has(key))).toEqual([]);
    expect(missingElsewhere).toEqual([]);
  });
});
