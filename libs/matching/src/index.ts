export type { MatchProfile } from './match-profile';
export type { MatchWeights } from './weights';
export { DEFAULT_WEIGHTS, MUTUAL_THRESHOLD, SATURATION } from './weights';
export {
  PARTNERSHIP_COMPATIBILITY,
  arePartnershipTypesCompatible,
} from './partnership-compatibility';
export type { Contribution } from './components/contribution';
export type { DirectionalScore } from './score-direction';
export { scoreDirection } from './score-direction';
export { combineDirections, isMutual } from './reciprocity';
export type { PairScore } from './score-pair';
export { isEligiblePair, scorePair } from './score-pair';
export { upperBoundWithoutOverlap } from './upper-bound';
export { hasOverlap } from './substantive-fit';
export {
  jointVentureSectors,
  sharesJvSector,
  wantedJvSectors,
} from './components/joint-venture-fit';
export type { RankOptions, RankedCandidate } from './rank-candidates';
export { rankCandidates } from './rank-candidates';
