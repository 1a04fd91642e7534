import type { MatchReason } from '@jcc/contracts';
import type { MatchProfile } from '../match-profile';
import type { MatchWeights } from '../weights';

/** Points one component gave, with the reason that explains them to the viewer. */
export interface Contribution {
  readonly points: number;
  readonly reason: MatchReason;
}

/**
 * A component of the directional score: how well `candidate` serves `viewer` on one aspect.
 * Returns the contributions it makes (none when the aspect does not apply).
 */
export type ScoreComponent = (
  viewer: MatchProfile,
  candidate: MatchProfile,
  weights: MatchWeights,
) => readonly Contribution[];

/** Shared empty result, so components that do not apply allocate nothing. */
export const NO_CONTRIBUTION: readonly Contribution[] = [];
