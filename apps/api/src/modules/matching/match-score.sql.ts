import type { MatchProfile, MatchWeights } from '@jcc/matching';
import { PARTNERSHIP_COMPATIBILITY, SATURATION } from '@jcc/matching';
import { PARTNERSHIP_TYPES } from '@jcc/contracts';
import type { SqlParameters } from './sql-parameters';

/*
 * libs/matching's scorePair(viewer, c), written in SQL over a match_profiles row `c` (see the
 * Matching migration), for match.repository.ts only.
 *
 * It is not an approximation: every term is the same IEEE-754 double operation, on the same
 * operands, in the same order as in the library — `perSide * min(1, met / min(wished, cap))` per
 * component, the components summed left to right from the first, clamped to 0–100, then
 * `round(2 / (1/v + 1/w))` — so Postgres' float8 gives the same bits as JavaScript and the result
 * is the library's score. Terms the library would not add are left out or add +0, which changes
 * nothing. Overlap counts are bit_count() of ANDed bit strings; they equal the library's
 * intersections for regular firms (every code known to the migration's vocabularies). An
 * irregular firm gets 100, an upper bound, and is scored by the library alone.
 *
 * test/matching-score.e2e-spec.ts compares this with scorePair on random profiles and weights;
 * at run time the search checks every row it fetches (search/find-top-matches.ts).
 */
export function matchScoreSql(
  viewer: MatchProfile,
  weights: MatchWeights,
  params: SqlParameters,
  c = 'c',
): string {
  const f8 = (value: number) => params.add(value, 'float8');
  const list = (codes: readonly string[]) => params.add([...codes], 'text[]');
  const jointVenture = viewer.partnershipTypes.includes('joint_venture');

  // |c.seeks ∩ viewer.offers|, |c.offers ∩ viewer.seeks|, and so on: symmetric, so both sides use them.
  const bought = `bit_count(${c}.seeks & matching_hs_bits(${list(viewer.offersHs)}))`;
  const supplied = `bit_count(${c}.offers & matching_hs_bits(${list(viewer.seeksHs)}))`;
  const sectors = `bit_count(${c}.sectors & matching_sector_bits(${list(viewer.sectors)}))`;
  // Joint-venture sectors count only when both list joint_venture (c's are zero otherwise).
  const jvSectors = jointVenture
    ? `bit_count(${c}.jv_sectors & matching_sector_bits(${list(viewer.jvSectors)}))`
    : '0';
  const language = `(CASE WHEN bit_count(${c}.languages & matching_language_bits(${list(viewer.languages)})) > 0
    THEN ${f8(weights.commonLanguage)} ELSE ${f8(weights.noCommonLanguage)} END)`;
  const size = `(CASE WHEN abs(${c}.size_rank - matching_size_rank(${params.add(viewer.sizeBand, 'text')})) <= 1
    THEN ${f8(weights.sizeFit)} ELSE 0::float8 END)`;

  const coverage = (met: string, wished: string) =>
    `least(1::float8, (${met})::float8 / ${wished})`;
  const wishedByViewer = (codes: readonly string[], cap: number) =>
    String(Math.min(distinct(codes), cap));
  const wishedByCandidate = (column: string, cap: number) =>
    `greatest(least(${c}.${column}, ${cap}), 1)`;

  // How well c serves the viewer: the viewer's wishes are known here, so the divisors are constants.
  const viewerTerms: string[] = [];
  const viewerSides = Number(distinct(viewer.seeksHs) > 0) + Number(distinct(viewer.offersHs) > 0);
  if (viewerSides > 0) {
    const perSide = f8(weights.trade / viewerSides);
    if (viewer.seeksHs.length > 0) {
      viewerTerms.push(
        `${perSide} * ${coverage(supplied, wishedByViewer(viewer.seeksHs, SATURATION.hsChapters))}`,
      );
    }
    if (viewer.offersHs.length > 0) {
      viewerTerms.push(
        `${perSide} * ${coverage(bought, wishedByViewer(viewer.offersHs, SATURATION.hsChapters))}`,
      );
    }
  }
  if (viewer.sectors.length > 0) {
    viewerTerms.push(
      `${f8(weights.sharedSector)} * ${coverage(sectors, wishedByViewer(viewer.sectors, SATURATION.sectors))}`,
    );
  }
  if (jointVenture && viewer.jvSectors.length > 0) {
    viewerTerms.push(
      `${f8(weights.jointVenture)} * ${coverage(jvSectors, wishedByViewer(viewer.jvSectors, SATURATION.jvSectors))}`,
    );
  }
  const viewerTypes = [...new Set(viewer.partnershipTypes)];
  if (viewerTypes.length > 0) {
    // How many of the viewer's types c answers with one of its own.
    const answered = viewerTypes
      .map(
        (type) =>
          `(bit_count(${c}.partnership_types & matching_partnership_bits(${list(PARTNERSHIP_COMPATIBILITY[type])})) > 0)::int`,
      )
      .join(' + ');
    viewerTerms.push(
      `${f8(weights.partnership)} * ${coverage(answered, String(Math.min(viewerTypes.length, SATURATION.partnershipTypes)))}`,
    );
  }
  viewerTerms.push(
    language,
    size,
    `(CASE WHEN ${c}.verified THEN ${f8(weights.verified)} ELSE 0::float8 END)`,
  );

  // How well the viewer serves c: c's own wishes, counted by the migration, are the divisors.
  const perCandidateSide = `(${f8(weights.trade)} / greatest(${c}.trade_sides, 1))`;
  const answering = PARTNERSHIP_TYPES.filter((type) =>
    PARTNERSHIP_COMPATIBILITY[type].some((partner) => viewerTypes.includes(partner)),
  );
  const candidateTerms = [
    `${perCandidateSide} * ${coverage(bought, wishedByCandidate('n_seeks', SATURATION.hsChapters))}`,
    `${perCandidateSide} * ${coverage(supplied, wishedByCandidate('n_offers', SATURATION.hsChapters))}`,
    `${f8(weights.sharedSector)} * ${coverage(sectors, wishedByCandidate('n_sectors', SATURATION.sectors))}`,
    ...(jointVenture
      ? [
          `${f8(weights.jointVenture)} * ${coverage(jvSectors, wishedByCandidate('n_jv_sectors', SATURATION.jvSectors))}`,
        ]
      : []),
    `${f8(weights.partnership)} * ${coverage(
      `bit_count(${c}.partnership_types & matching_partnership_bits(${list(answering)}))`,
      wishedByCandidate('n_types', SATURATION.partnershipTypes),
    )}`,
    language,
    size,
    f8(viewer.verification === 'verified' ? weights.verified : 0),
  ];

  const clamp = (terms: string[]) =>
    `least(100::float8, greatest(0::float8, ${terms.join(' + ')}))`;
  // 1/0 is an error in SQL and Infinity in JavaScript, where it makes the whole mean 0.
  const harmonic = `coalesce(2::float8 / (1::float8 / nullif(${clamp(viewerTerms)}, 0) + 1::float8 / nullif(${clamp(candidateTerms)}, 0)), 0::float8)`;
  return `(CASE WHEN ${c}.regular THEN floor(${harmonic} + 0.5::float8)::int ELSE 100 END)`;
}

function distinct(codes: readonly string[]): number {
  return new Set(codes).size;
}
