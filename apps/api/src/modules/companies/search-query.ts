/**
 * Turns what a person types into a prefix tsquery: every word must match the start of a word in
 * the name or description ("sial surg" finds "Sialkot Surgical"). Only letters and digits pass,
 * so nothing the user types can break the tsquery syntax.
 */
export function toPrefixTsQuery(text: string): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) {
    return undefined;
  }
  return words.slice(0, 10).map((word) => `${word}:*`).join(' & ');
}
