import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { MatchProfile } from '@jcc/matching';
import { MatchCandidatesRepository } from '../../src/modules/matching/match-candidates.repository';
import { rankAll } from '../../src/modules/matching/match-finder';
import { DEFAULT_PAGE_QUERY } from './candidate-sql';

export interface FallbackTiming {
  /** Milliseconds of the whole fallback: reading every partner, then ranking them all. */
  ms: number;
  /** Milliseconds spent reading every partner of the other country (the rest is scoring). */
  readMs: number;
  /** How many partners were scored. */
  scored: number;
}

/**
 * The API's fallback for a viewer the SQL score cannot encode (an irregular profile, or a score
 * mismatch): MatchFinder reads every partner of the other country and ranks them all with
 * libs/matching. Timed here through the application's own repository and ranking function, for a
 * regular viewer (the work does not depend on the viewer's codes being known), so that the cost
 * of that path at this many firms is measured, not guessed.
 */
export async function timeFallback(
  app: NestFastifyApplication,
  viewer: MatchProfile,
): Promise<FallbackTiming> {
  const candidates = app.get(MatchCandidatesRepository);
  const start = performance.now();
  const partners = await candidates.findAll(viewer);
  const readMs = performance.now() - start;
  rankAll(viewer, partners, DEFAULT_PAGE_QUERY);
  return { ms: performance.now() - start, readMs, scored: partners.length };
}
