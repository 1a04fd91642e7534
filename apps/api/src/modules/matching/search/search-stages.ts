import type { MatchProfile, MatchWeights } from '@jcc/matching';
import { upperBoundWithoutOverlap } from '@jcc/matching';
import { upperBoundWithoutTrade } from './trade-free-bound';

/**
 * The keys a partner can share with the viewer (match_profiles.keys, GIN-indexed):
 * - `trade`: an HS chapter it offers that the viewer seeks, or seeks that the viewer offers;
 * - `overlap`: `trade`, or a sector, or a joint-venture sector (when both list joint_venture).
 * Firms the database cannot encode ("irregular", see the Matching migration) carry a key that
 * every key set includes, so the first stage always brings them.
 */
export type KeySet = 'trade' | 'overlap';

/** One candidate set of the search; the stages of a search never share a firm. */
export interface SearchStage {
  /** Firms with one of these keys; null: all firms of the other country. */
  include: KeySet | null;
  /** …and none of these: the firms an earlier stage covered. */
  exclude: KeySet | null;
  /** No firm left for later stages scores above this. */
  boundAfter: number;
}

/**
 * Most good partners share trade with the viewer, and a firm sharing nothing can score only a
 * little (partnership, language, size and verification alone), so the search starts with the
 * narrowest set that is likely to hold the answer, and stops as soon as the bound of what is left
 * is below what it already has.
 */
export function planStages(viewer: MatchProfile, weights: MatchWeights): SearchStage[] {
  const trades = viewer.offersHs.length > 0 || viewer.seeksHs.length > 0;
  const stages: SearchStage[] = [];
  if (trades) {
    stages.push({
      include: 'trade',
      exclude: null,
      boundAfter: upperBoundWithoutTrade(viewer, weights),
    });
  }
  // A partner with a JV sector in common but without joint_venture on both sides earns nothing
  // for it: it scores as if it had no JV sectors, so the library's no-overlap bound holds for it.
  stages.push({
    include: 'overlap',
    exclude: trades ? 'trade' : null,
    boundAfter: upperBoundWithoutOverlap(viewer, weights),
  });
  stages.push({ include: null, exclude: 'overlap', boundAfter: -Infinity });
  return stages;
}
