import type { MatchProfile } from '../../src';
import { FIRMS, SCENARIOS, type WorldFirm } from './labelled-world';
import { ndcgAt, precisionAt } from './ranking-metrics';

/** A ranker: the ids of the viewer's recommended partners, best first. */
export type Ranker = (viewer: MatchProfile, candidates: readonly MatchProfile[]) => string[];

export interface QualityFigures {
  scenarios: number;
  precisionAt5: number;
  ndcgAt10: number;
  /** Generic firms (no product, sector or JV fit) recommended in some top 10, summed. */
  genericInTop10: number;
}

const GENERIC = new Set([
  'pk-it',
  'pk-tours',
  'pk-builder',
  'az-it',
  'az-tours',
  'az-contractor',
  'az-sports-shop',
]);

/** Mean precision@5 and nDCG@10 of a ranker over every scenario of the labelled world. */
export function evaluateRanking(rank: Ranker, firms: readonly WorldFirm[] = FIRMS): QualityFigures {
  let precision = 0;
  let ndcg = 0;
  let generic = 0;
  for (const scenario of SCENARIOS) {
    const viewer = firms.find((firm) => firm.id === scenario.viewer);
    if (!viewer) {
      throw new Error(`scenario ${scenario.viewer} names no firm of the world`);
    }
    const ranked = rank(viewer, firms);
    precision += precisionAt(5, ranked, scenario.picks);
    ndcg += ndcgAt(10, ranked, scenario.picks);
    generic += ranked.slice(0, 10).filter((id) => GENERIC.has(id)).length;
  }
  return {
    scenarios: SCENARIOS.length,
    precisionAt5: precision / SCENARIOS.length,
    ndcgAt10: ndcg / SCENARIOS.length,
    genericInTop10: generic,
  };
}
