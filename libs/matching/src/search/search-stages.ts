import type { MatchProfile } from '../match-profile';
import type { MatchWeights } from '../weights';
import {
  tradeFreeMaxima,
  upperBoundWithoutTrade,
  upperBoundWithoutTradeOrJointVenture,
} from './trade-free-bound';

/**
 * The keys a partner can share with the viewer (match_profiles.keys, GIN-indexed):
 * - `trade`: an HS chapter it offers that the viewer seeks, or seeks that the viewer offers;
 * - `jointVenture`: a joint-venture fit (a JV sector both want, or one's JV sector being the
 *   other's sector; JV keys exist only for firms listing joint_venture);
 * - `sectors`: a sector both work in, or a joint-venture fit;
 * - `overlap`: any of these.
 * Firms the database cannot encode ("irregular", see the Matching migration) carry a key that
 * every key set includes.
 */
export type KeySet = 'trade' | 'jointVenture' | 'sectors' | 'overlap';

/** One candidate set of the search. The stages of a search never share a firm. */
export interface SearchStage {
  /** Firms with a key of each of these sets; none: every firm of the other country. */
  include: readonly KeySet[];
  /** …and no key of any of these sets. */
  exclude: readonly KeySet[];
  /** No firm left for the later stages scores above this. */
  boundAfter: number;
  /**
   * How well the viewer can serve a firm of this stage (its directional score), at most: 100,
   * or less when the stage rules out trade. The stage query uses it to skip, before scoring
   * their side, firms that cannot reach the score the search already holds.
   */
  candidateSideBound: number;
}

/**
 * Most good partners share trade with the viewer, and a firm sharing nothing is never
 * recommended. So the search starts with the firms sharing trade, then those with a joint-venture
 * fit (and no trade), then those sharing only a sector; each later stage skips the firms that
 * cannot reach the score already held (find-top-matches.ts), and the search stops as soon as the
 * bound of what is left is below it.
 *
 * Measured on 100,000 seeded firms (200 random viewers): with the joint-venture fit a firm
 * sharing no trade can reach 65, so over half of the searches need a second stage; one that
 * visits firms sharing only a sector as well scores thousands of firms that can reach no more
 * than 37, below the last of a page in most searches. Visiting the joint-venture fits first
 * leaves those to a third stage that is rarely needed. Starting with the smaller set of firms
 * sharing trade *and* a sector, to get that threshold early, was slower: intersecting with a
 * sector's long GIN posting list cost more than it saved.
 */
export function planStages(viewer: MatchProfile, weights: MatchWeights): SearchStage[] {
  const withoutTrade = tradeFreeMaxima(viewer, weights).candidateSide;
  const withoutTradeOrJv = tradeFreeMaxima(viewer, weights, {
    withoutJointVenture: true,
  }).candidateSide;
  const sectorStages = (exclude: readonly KeySet[]): SearchStage[] => [
    {
      include: ['jointVenture'],
      exclude,
      boundAfter: upperBoundWithoutTradeOrJointVenture(viewer, weights),
      candidateSideBound: withoutTrade,
    },
    {
      include: ['sectors'],
      exclude: [...exclude, 'jointVenture'],
      boundAfter: -Infinity,
      candidateSideBound: withoutTradeOrJv,
    },
  ];
  // Firms sharing no key have no substantive fit and are never recommended (libs/matching's
  // substantive-fit.ts): no stage visits them.
  if (viewer.offersHs.length === 0 && viewer.seeksHs.length === 0) {
    return sectorStages([]);
  }
  return [
    {
      include: ['trade'],
      exclude: [],
      boundAfter: upperBoundWithoutTrade(viewer, weights),
      candidateSideBound: 100,
    },
    ...sectorStages(['trade']),
  ];
}
