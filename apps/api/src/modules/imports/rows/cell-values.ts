import {
  HS_CHAPTER_CODES,
  LANGUAGES,
  PARTNERSHIP_TYPES,
  SECTORS,
  type FieldError,
  type ImportColumn,
} from '@jcc/contracts';
import { looksLikeFormula } from '../../../common/validation/no-formula';
import type { Cell } from '../parsing/table';

/** The text of a cell, or a field error when it is a formula or cannot be stored. */
export function cellText(
  column: ImportColumn,
  cell: Cell | undefined,
): { text: string } | { error: FieldError } {
  if (cell === undefined) {
    return { text: '' };
  }
  if (typeof cell !== 'string') {
    return {
      error: {
        field: column,
        messages: [
          `${column} holds a formula (${cell.formula.slice(0, 40)}); enter the value itself`,
        ],
      },
    };
  }
  // Leading tabs and line breaks are how injected formulas hide; they mean nothing in a value.
  const text = cell.replace(/^[\t\r\n ]+|[\t\r\n ]+$/g, '');
  if (text.includes('\u0000')) {
    return { error: { field: column, messages: [`${column} contains a NUL character`] } };
  }
  if (looksLikeFormula(text)) {
    return {
      error: {
        field: column,
        messages: [
          `${column} looks like a spreadsheet formula (${text.slice(0, 40)}); formulas are not imported`,
        ],
      },
    };
  }
  return { text };
}

/** Lists in a cell: "textiles; leather", "textiles, leather" or "textiles | leather". */
export function splitList(text: string): string[] {
  return text
    .split(/[;,|\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

const key = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_\-&]+/g, ' ')
    .trim();

const SECTOR_BY_KEY = new Map<string, string>(
  SECTORS.flatMap((sector) => [
    [key(sector.code), sector.code],
    [key(sector.name), sector.code],
  ]),
);
const LANGUAGE_BY_KEY = new Map<string, string>(
  LANGUAGES.flatMap((language) => [
    [key(language.code), language.code],
    [key(language.name), language.code],
  ]),
);
const PARTNERSHIP_BY_KEY = new Map<string, string>(
  PARTNERSHIP_TYPES.map((type) => [key(type), type]),
);
const HS = new Set<string>(HS_CHAPTER_CODES);

export type CodeKind = 'sector' | 'language' | 'partnershipType' | 'hs';

/** Codes or English names → codes; unknown values are returned apart, to be reported by name. */
export function toCodes(kind: CodeKind, items: string[]): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const code = lookUp(kind, item);
    if (code === undefined) {
      unknown.push(item);
    } else if (!codes.includes(code)) {
      codes.push(code);
    }
  }
  return { codes, unknown };
}

function lookUp(kind: CodeKind, item: string): string | undefined {
  switch (kind) {
    case 'sector':
      return SECTOR_BY_KEY.get(key(item));
    case 'language':
      return LANGUAGE_BY_KEY.get(key(item));
    case 'partnershipType':
      return PARTNERSHIP_BY_KEY.get(key(item));
    case 'hs': {
      // Spreadsheets drop the leading zero of "07".
      const code = /^\d{1,2}$/.test(item) ? item.padStart(2, '0') : item;
      return HS.has(code) ? code : undefined;
    }
  }
}

const COUNTRY_BY_KEY: Record<string, string> = {
  pk: 'PK',
  pakistan: 'PK',
  az: 'AZ',
  azerbaijan: 'AZ',
  azərbaycan: 'AZ',
};

export function toCountry(text: string): string {
  return COUNTRY_BY_KEY[key(text)] ?? text;
}
