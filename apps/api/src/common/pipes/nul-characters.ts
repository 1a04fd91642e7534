/**
 * Postgres text cannot hold U+0000, so a string containing it would fail deep in a query (a 500).
 * Finds the first such string in a request payload and returns its dotted path (`body` when the
 * payload itself is that string).
 */
export function findNulCharacter(value: unknown, path = ''): string | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path || 'body' : null;
  }
  if (Array.isArray(value)) {
    // An item is reported by its list's name, as class-validator reports `each` rules.
    for (const item of value) {
      const found = findNulCharacter(item, path);
      if (found) {
        return found;
      }
    }
    return null;
  }
  // Only plain data (a parsed JSON body or query): not a Socket or other live object, whose
  // references go round in circles (global pipes also see gateway parameters).
  if (typeof value === 'object' && value !== null && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = findNulCharacter(item, path ? `${path}.${key}` : key);
      if (found) {
        return found;
      }
    }
  }
  return null;
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export const NUL_CHARACTER_MESSAGE = 'must not contain the NUL character (U+0000)';
