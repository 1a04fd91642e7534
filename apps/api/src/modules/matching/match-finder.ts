import { Injectable, Logger } from '@nestjs/common';
import type { MatchResponse, Page } from '@jcc/contracts';
import {
  DEFAULT_WEIGHTS,
  rankCandidates,
  type MatchProfile,
  type RankedCandidate,
} from '@jcc/matching';
import { DEFAULT_PAGE_SIZE } from '../../common/pagination/cursor';
import type { CandidateRow } from './candidate-row';
import type { ListMatchesQuery } from './dto/list-matches.query';
import { MatchCandidatesRepository, type CandidateFilters } from './match-candidates.repository';
import { decodeMatchCursor } from './match-cursor';
import { toMatchPage } from './matching.mapper';
import {
  ScoreMismatchError,
  comesAfter,
  findTopMatches,
  isRegularProfile,
  keyOf,
  planStages,
  type TopMatchesQuery,
} from '@jcc/matching';

/**
 * Finds a page of matches for a viewer: by the staged SQL search (search/), or, for the saved
 * list and whenever the SQL score cannot be trusted, by scoring every candidate with the library.
 * Both give the same answer; the second is only slower.
 */
@Injectable()
export class MatchFinder {
  private readonly logger = new Logger(MatchFinder.name);

  constructor(private readonly candidates: MatchCandidatesRepository) {}

  async page(viewer: MatchProfile, query: ListMatchesQuery): Promise<Page<MatchResponse>> {
    const pageSize = query.limit ?? DEFAULT_PAGE_SIZE;
    const filters: CandidateFilters = {
      sectors: query.sector ?? [],
      partnershipTypes: query.partnershipType ?? [],
    };
    const topQuery: TopMatchesQuery<CandidateRow> = {
      count: pageSize + 1,
      minScore: query.minScore ?? 0,
      cursor: query.cursor ? decodeMatchCursor(query.cursor) : null,
      accepts: (candidate) => passesFilters(candidate, filters),
      weights: DEFAULT_WEIGHTS,
    };
    const ranked = query.saved
      ? rankAll(viewer, await this.candidates.findSaved(viewer), topQuery)
      : await this.search(viewer, filters, topQuery);
    return toMatchPage(ranked, pageSize);
  }

  private async search(
    viewer: MatchProfile,
    filters: CandidateFilters,
    topQuery: TopMatchesQuery<CandidateRow>,
  ): Promise<RankedCandidate<CandidateRow>[]> {
    if (!isRegularProfile(viewer)) {
      return rankAll(viewer, await this.candidates.findAll(viewer), topQuery);
    }
    try {
      return await this.candidates.inSearchSession((session) =>
        findTopMatches(viewer, planStages(viewer, topQuery.weights), topQuery, (request) =>
          session.fetchStage({
            ...request,
            viewer,
            filters,
            weights: topQuery.weights,
            minScore: topQuery.minScore,
            cursor: topQuery.cursor,
          }),
        ),
      );
    } catch (error) {
      if (!(error instanceof ScoreMismatchError)) {
        throw error;
      }
      // A bug, not bad input: say so loudly, and still answer right.
      this.logger.error(`${error.message}; answering by scoring every candidate`);
      return rankAll(viewer, await this.candidates.findAll(viewer), topQuery);
    }
  }
}

/**
 * The exact answer by brute force: rank every candidate with the library. Exported for
 * bench:matching, which times this fallback path on its own.
 */
export function rankAll(
  viewer: MatchProfile,
  candidates: readonly CandidateRow[],
  query: TopMatchesQuery<CandidateRow>,
): RankedCandidate<CandidateRow>[] {
  return rankCandidates(viewer, candidates.filter(query.accepts), {
    minScore: query.minScore,
    weights: query.weights,
  })
    .filter((match) => comesAfter(keyOf(match), query.cursor))
    .slice(0, query.count);
}

function passesFilters(candidate: CandidateRow, filters: CandidateFilters): boolean {
  return (
    (filters.sectors.length === 0 ||
      candidate.sectors.some((sector) => filters.sectors.includes(sector))) &&
    (filters.partnershipTypes.length === 0 ||
      candidate.partnershipTypes.some((type) => filters.partnershipTypes.includes(type)))
  );
}
