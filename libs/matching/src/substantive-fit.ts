import { jointVentureSectors } from './components/joint-venture-fit';
import { overlaps } from './code-lists';
import type { MatchProfile } from './match-profile';

/**
 * Whether the two firms fit on something substantive: an HS chapter one offers and the other
 * seeks (either way), a sector both work in, or a joint-venture fit (joint-venture-fit.ts).
 * Symmetric. A pair without one is never recommended, whatever partnership type, language, size
 * and verification would add: those make a good fit better, they are not a fit.
 *
 * It is also the condition the API's SQL candidate generation covers (match_profiles.keys):
 * a firm for which it is false is never a match, so the search never needs to look at it.
 */
export function hasOverlap(a: MatchProfile, b: MatchProfile): boolean {
  return (
    overlaps(a.offersHs, b.seeksHs) ||
    overlaps(a.seeksHs, b.offersHs) ||
    overlaps(a.sectors, b.sectors) ||
    jointVentureSectors(a, b).length > 0
  );
}
