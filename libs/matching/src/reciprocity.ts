import { MUTUAL_THRESHOLD } from './weights';

/**
 * Combines the two directional scores into the match score, an integer 0–100. The harmonic mean
 * stays near the weaker side, so a match must suit both firms: 90 and 10 give 18, not 50.
 * Written as 2 / (1/x + 1/y) because every step of that form is monotone in floating point
 * (x = 0 gives 1/0 = Infinity and a score of 0), which upper-bound.ts relies on; it is also
 * exactly symmetric, since float addition is commutative.
 */
export function combineDirections(viewerSide: number, candidateSide: number): number {
  return Math.round(2 / (1 / viewerSide + 1 / candidateSide));
}

/** Each firm, on its own side, finds the other a reasonable partner. */
export function isMutual(viewerSide: number, candidateSide: number): boolean {
  return viewerSide >= MUTUAL_THRESHOLD && candidateSide >= MUTUAL_THRESHOLD;
}
