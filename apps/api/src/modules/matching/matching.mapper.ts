import type { MatchResponse, Page } from '@jcc/contracts';
import { keyOf, type RankedCandidate } from '@jcc/matching';
import type { CandidateRow } from './candidate-row';
import { encodeMatchCursor } from './match-cursor';

export function toMatchResponse(match: RankedCandidate<CandidateRow>): MatchResponse {
  const { id, name, country, city, sectors, sizeBand, verification } = match.candidate;
  return {
    company: { id, name, country, city, sectors: [...sectors], sizeBand, verification },
    score: match.score,
    mutual: match.mutual,
    reasons: match.reasons,
    reasonsForThem: match.reasonsForThem,
  };
}

/** `ranked` holds up to one match more than the page: its presence says there is a next page. */
export function toMatchPage(
  ranked: readonly RankedCandidate<CandidateRow>[],
  pageSize: number,
): Page<MatchResponse> {
  const page = ranked.slice(0, pageSize);
  return {
    items: page.map(toMatchResponse),
    nextCursor: ranked.length > pageSize ? encodeMatchCursor(keyOf(page[page.length - 1])) : null,
  };
}
