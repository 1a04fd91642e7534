import type { MatchReason } from '@jcc/contracts';
import { MATCH_REASON_CODES } from '@jcc/contracts';
import { candidateVerified } from './components/candidate-verified';
import type { Contribution, ScoreComponent } from './components/contribution';
import { languageFit } from './components/language-fit';
import { partnershipCompatibility } from './components/partnership-fit';
import { jointVentureFit } from './components/joint-venture-fit';
import { sharedSector } from './components/sector-fit';
import { sizeFit } from './components/size-fit';
import { tradeComplementarity } from './components/trade-complementarity';
import type { MatchProfile } from './match-profile';
import type { MatchWeights } from './weights';
import { DEFAULT_WEIGHTS } from './weights';

/**
 * The components of a directional score, in the order their points are added. The upper bound
 * (upper-bound.ts) adds its maxima in the same order: float addition is monotone, so summing
 * smaller-or-equal terms in the same order can never give a larger total.
 */
const COMPONENTS: readonly ScoreComponent[] = [
  tradeComplementarity,
  sharedSector,
  jointVentureFit,
  partnershipCompatibility,
  languageFit,
  sizeFit,
  candidateVerified,
];

export interface DirectionalScore {
  /** How well the candidate serves the viewer, 0–100 (not rounded). */
  readonly points: number;
  /** What earned (or cost) the points, largest first; components that gave nothing are left out. */
  readonly contributions: readonly Contribution[];
}

export function clampScore(points: number): number {
  return Math.min(100, Math.max(0, points));
}

/** How well `candidate` serves `viewer`: one side of a match, before reciprocity. */
export function scoreDirection(
  viewer: MatchProfile,
  candidate: MatchProfile,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): DirectionalScore {
  let total = 0;
  const contributions: Contribution[] = [];
  for (const component of COMPONENTS) {
    for (const contribution of component(viewer, candidate, weights)) {
      total += contribution.points;
      if (contribution.points > 0 || contribution.reason.code === 'interpreter_may_be_needed') {
        contributions.push(contribution);
      }
    }
  }
  contributions.sort(byContribution);
  return { points: clampScore(total), contributions };
}

/** Largest contribution first; equal ones in the fixed order of MATCH_REASON_CODES. */
function byContribution(left: Contribution, right: Contribution): number {
  return right.points - left.points || reasonRank(left.reason) - reasonRank(right.reason);
}

function reasonRank(reason: MatchReason): number {
  return MATCH_REASON_CODES.indexOf(reason.code);
}
