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

// The search over the stored firms: stages, their bounds, the rank order, the score as SQL text.
export type { RankKey } from './search/rank-key';
export { compareRankKeys, comesAfter } from './search/rank-key';
export type { KeySet, SearchStage } from './search/search-stages';
export { planStages } from './search/search-stages';
export type { DirectionalMaxima } from './search/trade-free-bound';
export {
  tradeFreeMaxima,
  upperBoundWithoutTrade,
  upperBoundWithoutTradeOrJointVenture,
} from './search/trade-free-bound';
export { isRegularProfile } from './search/regular-profile';
export type {
  StageFetcher,
  StageRequest,
  StageRow,
  TopMatchesQuery,
} from './search/find-top-matches';
export { ScoreMismatchError, findTopMatches, keyOf } from './search/find-top-matches';
export type { KnownDisjoint, MatchScoreSql } from './match-score.sql';
export { matchScoreSql } from './match-score.sql';
export { SqlParameters } from './sql-parameters';

// Delegations: which home firms fit a delegation's sectors and counterparts.
export type { DelegationFirm } from './delegation-fit';
export { rankDelegationCandidates } from './delegation-fit';
