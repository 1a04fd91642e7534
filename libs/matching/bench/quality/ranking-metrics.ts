/**
 * Precision@k with the picks as the relevant set: hits in the top k over min(k, picks), so a
 * firm with two right partners scores 1 when both are in its top 5 (plain hits / k would cap it at
 * 0.4 and measure the labels, not the ranking).
 */
export function precisionAt(
  k: number,
  ranked: readonly string[],
  picks: readonly string[],
): number {
  const hits = ranked.slice(0, k).filter((id) => picks.includes(id)).length;
  return hits / Math.min(k, picks.length);
}

/** nDCG@k with binary relevance: 1 for a pick, 0 otherwise; log2 position discount. */
export function ndcgAt(k: number, ranked: readonly string[], picks: readonly string[]): number {
  const gain = (relevant: boolean, index: number) => (relevant ? 1 / Math.log2(index + 2) : 0);
  const dcg = ranked
    .slice(0, k)
    .reduce((sum, id, index) => sum + gain(picks.includes(id), index), 0);
  let ideal = 0;
  for (let index = 0; index < Math.min(k, picks.length); index += 1) {
    ideal += gain(true, index);
  }
  return dcg / ideal;
}
