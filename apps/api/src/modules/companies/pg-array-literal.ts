/**
 * Writes a one-dimensional Postgres array literal: `{"a","b \"c\""}`. Every element is quoted so
 * that NULL, empty strings, commas, braces and spaces all survive; only `"` and `\` need escaping.
 *
 * node-postgres cannot send an array of arrays of different lengths (Postgres arrays must be
 * rectangular), so text[] columns go to `unnest` as text[] of these literals, cast back per row.
 */
export function toPgArrayLiteral(values: readonly string[]): string {
  if (values.length === 0) {
    return '{}';
  }
  let literal = '{';
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) {
      literal += ',';
    }
    literal += `"${values[i].replace(/["\\]/g, '\\$&')}"`;
  }
  return `${literal}}`;
}
