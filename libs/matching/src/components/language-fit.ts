import type { Contribution } from './contribution';
import { sortedIntersection } from '../code-lists';
import type { MatchProfile } from '../match-profile';
import type { MatchWeights } from '../weights';

/**
 * One shared working language is enough to do business. Without one the pair loses a little (the
 * chamber arranges interpreters, so it never vetoes a real fit) and is always told
 * (`interpreter_may_be_needed`), even when the penalty is 0 or the score already is.
 */
export function languageFit(
  viewer: MatchProfile,
  candidate: MatchProfile,
  weights: MatchWeights,
): readonly Contribution[] {
  const languages = sortedIntersection(candidate.languages, viewer.languages);
  if (languages.length === 0) {
    return [
      {
        points: weights.noCommonLanguage,
        reason: { code: 'interpreter_may_be_needed', params: {} },
      },
    ];
  }
  return [
    {
      points: weights.commonLanguage,
      reason: { code: 'common_language', params: { languages } },
    },
  ];
}
