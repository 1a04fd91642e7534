import type { Contribution } from './contribution';
import { sortedIntersection } from '../code-lists';
import type { MatchProfile } from '../match-profile';
import type { MatchWeights } from '../weights';

/**
 * One shared working language is enough to do business. Without one the pair is penalised and
 * always told why (`no_common_language`), even when the penalty is 0 or the score already is.
 */
export function languageFit(
  viewer: MatchProfile,
  candidate: MatchProfile,
  weights: MatchWeights,
): readonly Contribution[] {
  const languages = sortedIntersection(candidate.languages, viewer.languages);
  if (languages.length === 0) {
    return [
      { points: weights.noCommonLanguage, reason: { code: 'no_common_language', params: {} } },
    ];
  }
  return [
    {
      points: weights.commonLanguage,
      reason: { code: 'common_language', params: { languages } },
    },
  ];
}
