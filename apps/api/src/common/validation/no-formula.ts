import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A value a spreadsheet would run as a formula when an export (CSV, XLSX, PDF copied into a
 * sheet) is opened: `=…`, `@…`, and `+…`/`-…` unless it is a number or phone number
 * ("+994 12 555 55 55", "-5" are values; "+cmd|…", "-2+3" would be evaluated). Imports and the
 * API refuse the same values, so nothing typed in by hand slips past what an import refuses.
 */
export function looksLikeFormula(text: string): boolean {
  const trimmed = text.replace(/^[\t\r\n ]+/, '');
  if (trimmed.startsWith('=') || trimmed.startsWith('@')) {
    return true;
  }
  return /^[+-]/.test(trimmed) && !/^[+-]?[\d\s().]+$/.test(trimmed);
}

/** Refuses text fields (or each item of a list with `each: true`) that look like a formula. */
export function NoFormula(field: string, options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noFormula',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !looksLikeFormula(value),
        defaultMessage: () =>
          `${field} must not start with =, +, -, or @ (spreadsheets would run it as a formula)`,
      },
    },
    options,
  );
}
