import { InvalidInputError } from '../errors/domain-error';

/**
 * Keyset cursors are opaque to clients: base64url of the sort key of the last item of a page.
 * Each field is checked against the shape the query will cast it to, so a forged or damaged
 * cursor is the client's error (400), never a failed cast in Postgres (500).
 */
export function encodeCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export type CursorField = (value: string) => boolean;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Postgres' text form of a timestamptz, e.g. `2026-11-29 02:18:46.123456+00`. */
const TIMESTAMP =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;
/** Largest finite value of Postgres' `real`. */
const REAL_MAX = 3.4e38;

export const cursorFields = {
  uuid: (value: string) => UUID.test(value),
  timestamp: (value: string) => TIMESTAMP.test(value),
  real: (value: string) =>
    /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value) && Math.abs(Number(value)) <= REAL_MAX,
  integer: (value: string) => /^\d{1,15}$/.test(value),
} satisfies Record<string, CursorField>;

export function decodeCursor<K extends string>(
  cursor: string,
  fields: Record<K, CursorField>,
): Record<K, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof parsed !== 'object' || parsed === null) {
    throw invalidCursor();
  }
  const record = parsed as Record<string, unknown>;
  const valid = (Object.entries(fields) as [K, CursorField][]).every(([field, isValid]) => {
    const value = record[field];
    return typeof value === 'string' && isValid(value);
  });
  if (!valid) {
    throw invalidCursor();
  }
  return record as Record<K, string>;
}

function invalidCursor(): InvalidInputError {
  return InvalidInputError.field(
    'cursor',
    'cursor is not valid; use nextCursor from the previous page',
  );
}

export const DEFAULT_PAGE_SIZE = 20;
