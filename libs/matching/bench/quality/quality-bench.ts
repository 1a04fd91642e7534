import { rankCandidates } from '../../src';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateRanking, type QualityFigures } from './evaluate-ranking';

/*
 * npm run bench:quality — how well the ranking agrees with a chamber officer's picks on the
 * labelled world (labelled-world.ts). "After" is the library as it is; "before" was measured once
 * with the library before issue 15 (commit ab1fbe2; see before-issue-15.json for how) and is
 * printed from that record, so the comparison does not need the old code.
 */
const after = evaluateRanking((viewer, candidates) =>
  rankCandidates(viewer, candidates).map((match) => match.candidate.id),
);
const before = JSON.parse(
  readFileSync(join(__dirname, '../../../bench/quality/before-issue-15.json'), 'utf8'),
) as QualityFigures & { how: string };

const row = (label: string, figures: QualityFigures) =>
  `${label.padEnd(8)} precision@5 ${figures.precisionAt5.toFixed(3)}   nDCG@10 ${figures.ndcgAt10.toFixed(3)}   generic firms in top 10s ${figures.genericInTop10}`;

console.log(`labelled world: ${after.scenarios} scenario firms`);
console.log(row('before', before));
console.log(row('after', after));
