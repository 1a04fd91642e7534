import { InvalidInputError } from '../errors/domain-error';

/**
 * Keyset cursors are opaque to clients: base64url of the sort key of the last item of a page.
 * A cursor that does not decode to the expected shape is the client's error (400).
 */
export function encodeCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<K extends string>(cursor: string, fields: readonly K[]): Record<K, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw InvalidInputError.field('cursor', 'cursor is not valid; use nextCursor from the previous page');
  }
  const valid =
    typeof parsed === 'object' &&
    parsed !== null &&
    fields.every((field) => typeof (parsed as Record<string, unknown>)[field] === 'string');
  if (!valid) {
    throw InvalidInputError.field('cursor', 'cursor is not valid; use nextCursor from the previous page');
  }
  return parsed as Record<K, string>;
}

export const DEFAULT_PAGE_SIZE = 20;
