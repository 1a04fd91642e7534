/*
 * Helpers for the short code lists of a profile (rarely more than a dozen items). Nested loops
 * over arrays beat building Sets here, and scorePair runs tens of thousands of times per request.
 */

/** Plain code-point order: stable across locales, and numeric for two-digit HS chapters. */
export function compareCodes(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Items of `left` also in `right`, without duplicates, sorted ascending. */
export function sortedIntersection<T extends string>(left: readonly T[], right: readonly T[]): T[] {
  const common: T[] = [];
  for (const item of left) {
    if (right.includes(item) && !common.includes(item)) {
      common.push(item);
    }
  }
  return common.sort(compareCodes);
}

export function countDistinct(items: readonly string[]): number {
  let count = 0;
  for (let index = 0; index < items.length; index += 1) {
    if (items.indexOf(items[index]) === index) {
      count += 1;
    }
  }
  return count;
}

/**
 * Share of the viewer's wishes that are met, 0–1: `met / min(wished, cap)`, capped at 1.
 * Adding a met wish never lowers it, since (met + 1) / (wished + 1) ≥ met / wished.
 */
export function coverage(met: number, wished: number, cap: number): number {
  if (met === 0) {
    return 0;
  }
  return Math.min(1, met / Math.min(wished, cap));
}

export function overlaps(left: readonly string[], right: readonly string[]): boolean {
  for (const item of left) {
    if (right.includes(item)) {
      return true;
    }
  }
  return false;
}
