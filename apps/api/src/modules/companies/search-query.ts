/**
 * Turns what a person types into a prefix tsquery: every word must match the start of a word in
 * the name or description ("sial surg" finds "Sialkot Surgical"). Only letters, combining marks
 * and digits pass, so nothing typed can break the tsquery syntax. Case is left to Postgres, which
 * folds it the same way for the index and the query — JavaScript would turn Azerbaijani "İ" into
 * "i" plus a combining dot and miss "İpək".
 */
export function toPrefixTsQuery(text: string): string | undefined {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu);
  if (!words || words.length === 0) {
    return undefined;
  }
  return words
    .slice(0, 10)
    .map((word) => `${word}:*`)
    .join(' & ');
}
