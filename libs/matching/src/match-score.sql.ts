import type { MatchProfile } from './match-profile';
import { type MatchWeights, SATURATION } from './weights';
import { PARTNERSHIP_COMPATIBILITY } from './partnership-compatibility';
import { wantedJvSectors } from './components/joint-venture-fit';
import { PARTNERSHIP_TYPES } from '@jcc/contracts';
import type { SqlParameters } from './sql-parameters';

/*
 * scorePair(viewer, c) (score-pair.ts, beside this file), written in SQL over a match_profiles row
 * `c`. Pure text: it builds the expression and its parameters and runs nothing; the API's
 * match-candidates.repository.ts puts it into its stage queries, and the API's Matching migration
 * owns the columns and the matching_*_bits functions it reads.
 *
 * It is not an approximation: every term is the same IEEE-754 double operation, on the same
 * operands, in the same order as in the library — `perSide * min(1, met / min(wished, cap))` per
 * component, the components summed left to right from the first, clamped to 0–100, then
 * `round(2 / (1/v + 1/w))` — so Postgres' float8 gives the same bits as JavaScript and the result
 * is the library's score. Terms the library would not add are left out (adding +0 would change
 * nothing either). Overlap counts are bit_count() of ANDed bit strings; they equal the library's
 * intersections for regular firms (every code known to the migration's vocabularies). An
 * irregular firm gets 100, an upper bound, and is scored by the library alone.
 *
 * apps/api/test/matching-score.e2e-spec.ts runs it in Postgres against scorePair on random
 * profiles and weights (testing/profile-arbitraries.ts); it lives with the API because the schema
 * it needs is the API's migrations. At run time the search checks every row it fetches
 * (search/find-top-matches.ts).
 */
export interface MatchScoreSql {
  /** The score of the pair for a regular firm (100 for an irregular one). */
  score: string;
  /**
   * The score the pair would have if the candidate's side were as high as it can be (100, or
   * `candidateSideBound`): never below the real score, since the mean grows with each side and
   * every float step is monotone, and it costs only the viewer's side. Used to skip scoring the
   * candidate's side of firms that cannot reach the score a search already holds. A function:
   * its parameter is added only when a query uses it (every placeholder added must appear).
   */
  viewerSideBound: () => string;
  /**
   * With `overlapsAsColumns`: the SELECT-list items (`<expression> AS ov_<name>`) that compute
   * each overlap once per row; `score` and `viewerSideBound` then read them as `c.ov_<name>`, so
   * a query selects these over match_profiles `c` (with `c.*`) in an inner query and scores over
   * that. Empty otherwise.
   */
  overlapColumns: string;
}

/** What the rows scored are known not to share with the viewer (their stage excludes it). */
export interface KnownDisjoint {
  trade: boolean;
  /** Sectors both work in. */
  sectors: boolean;
  /** A joint-venture fit (see components/joint-venture-fit.ts). */
  jointVenture: boolean;
}

interface Overlaps {
  /** |c.seeks ∩ viewer.offers|: what c buys of the viewer's goods. */
  bought: string | null;
  /** |c.offers ∩ viewer.seeks|: what c sells of the viewer's wishes. */
  supplied: string | null;
  sectors: string | null;
  /**
   * The joint-venture fit (libs/matching's joint-venture-fit.ts): a JV sector both want, or one's
   * JV sector being the other's sector. c's JV sectors are stored as none unless c lists
   * joint_venture, and the viewer's count only when it does.
   */
  jvSectors: string | null;
  /** A JV sector both want: then, and only then, joint_venture answers joint_venture. */
  sharedJv: string | null;
  language: string;
  size: string;
}

const coverage = (met: string, wished: string) => `least(1::float8, (${met})::float8 / ${wished})`;
const clamp = (terms: string[]) => `least(100::float8, greatest(0::float8, ${terms.join(' + ')}))`;

export function matchScoreSql(
  viewer: MatchProfile,
  weights: MatchWeights,
  params: SqlParameters,
  disjoint: KnownDisjoint = { trade: false, sectors: false, jointVenture: false },
  /** The candidate's side of every row is known to be at most this (see SearchStage). */
  candidateSideBound = 100,
  /**
   * Compute each overlap once (overlapColumns) instead of writing it out on both sides. Both
   * directional scores read the same overlaps, so inline every bit_count of them is evaluated
   * twice per row (and the viewer side once more for the threshold); as columns, once. The
   * expressions are the same text either way (see match-score-columns.spec.ts).
   */
  overlapsAsColumns = false,
): MatchScoreSql {
  const list = (codes: readonly string[]) => params.add([...codes], 'text[]');
  const f8 = (value: number) => params.add(value, 'float8');
  const viewerJv = wantedJvSectors(viewer);
  // The overlaps are symmetric, so both sides use them; null when the stage rules them out.
  const overlaps: Overlaps = {
    bought: disjoint.trade
      ? null
      : `bit_count(c.seeks & matching_hs_bits(${list(viewer.offersHs)}))`,
    supplied: disjoint.trade
      ? null
      : `bit_count(c.offers & matching_hs_bits(${list(viewer.seeksHs)}))`,
    sectors: disjoint.sectors
      ? null
      : `bit_count(c.sectors & matching_sector_bits(${list(viewer.sectors)}))`,
    jvSectors: disjoint.jointVenture
      ? null
      : `bit_count(((c.jv_sectors | c.sectors) & matching_sector_bits(${list(viewerJv)})) | (c.jv_sectors & matching_sector_bits(${list(viewer.sectors)})))`,
    sharedJv:
      disjoint.jointVenture || viewerJv.length === 0
        ? null
        : `(bit_count(c.jv_sectors & matching_sector_bits(${list(viewerJv)})) > 0)::int`,
    language: `(CASE WHEN bit_count(c.languages & matching_language_bits(${list(viewer.languages)})) > 0
      THEN ${f8(weights.commonLanguage)} ELSE ${f8(weights.noCommonLanguage)} END)`,
    size: `(CASE WHEN abs(c.size_rank - matching_size_rank(${params.add(viewer.sizeBand, 'text')})) <= 1
      THEN ${f8(weights.sizeFit)} ELSE 0::float8 END)`,
  };
  const columns: string[] = [];
  if (overlapsAsColumns) {
    for (const name of Object.keys(overlaps) as (keyof Overlaps)[]) {
      const expression = overlaps[name];
      if (expression !== null) {
        columns.push(`${expression} AS ov_${name.toLowerCase()}`);
        overlaps[name] = `c.ov_${name.toLowerCase()}`;
      }
    }
  }
  const viewerSide = clamp(viewerTerms(viewer, weights, overlaps, list, f8));
  const candidateSide = clamp(candidateTerms(viewer, weights, overlaps, list, f8));
  // 1/0 is an error in SQL and Infinity in JavaScript, where it makes the whole mean 0.
  const rounded = (side: string, otherSide: string) =>
    `(CASE WHEN c.regular THEN floor(coalesce(2::float8 / (1::float8 / nullif(${side}, 0) + 1::float8 / nullif(${otherSide}, 0)), 0::float8) + 0.5::float8)::int ELSE 100 END)`;
  return {
    score: rounded(viewerSide, candidateSide),
    viewerSideBound: () =>
      rounded(viewerSide, candidateSideBound >= 100 ? '100::float8' : f8(candidateSideBound)),
    overlapColumns: columns.join(',\n      '),
  };
}

/** How well c serves the viewer: the viewer's wishes are known, so the divisors are constants. */
function viewerTerms(
  viewer: MatchProfile,
  weights: MatchWeights,
  overlaps: Overlaps,
  list: (codes: readonly string[]) => string,
  f8: (value: number) => string,
): string[] {
  const wished = (codes: readonly string[], cap: number) => String(Math.min(distinct(codes), cap));
  const terms: string[] = [];
  const sides = Number(viewer.seeksHs.length > 0) + Number(viewer.offersHs.length > 0);
  // A placeholder must appear in the query once it is added, so only when a trade term does.
  const perSide = sides > 0 && overlaps.supplied ? f8(weights.trade / sides) : '';
  if (overlaps.supplied && viewer.seeksHs.length > 0) {
    terms.push(
      `${perSide} * ${coverage(overlaps.supplied, wished(viewer.seeksHs, SATURATION.hsChapters))}`,
    );
  }
  if (overlaps.bought && viewer.offersHs.length > 0) {
    terms.push(
      `${perSide} * ${coverage(overlaps.bought, wished(viewer.offersHs, SATURATION.hsChapters))}`,
    );
  }
  if (overlaps.sectors && viewer.sectors.length > 0) {
    terms.push(
      `${f8(weights.sharedSector)} * ${coverage(overlaps.sectors, wished(viewer.sectors, SATURATION.sectors))}`,
    );
  }
  if (overlaps.jvSectors) {
    // At least one wish, so that a viewer without JV sectors is paid in full (as the library).
    const jvWished = Math.min(Math.max(1, distinct(wantedJvSectors(viewer))), SATURATION.jvSectors);
    terms.push(`${f8(weights.jointVenture)} * ${coverage(overlaps.jvSectors, String(jvWished))}`);
  }
  const types = [...new Set(viewer.partnershipTypes)];
  if (types.length > 0) {
    // How many of the viewer's types c answers with one of its own.
    const answered = types
      .map((type) =>
        type === 'joint_venture'
          ? (overlaps.sharedJv ?? '0')
          : `(bit_count(c.partnership_types & matching_partnership_bits(${list(PARTNERSHIP_COMPATIBILITY[type])})) > 0)::int`,
      )
      .join(' + ');
    terms.push(
      `${f8(weights.partnership)} * ${coverage(answered, wished(types, SATURATION.partnershipTypes))}`,
    );
  }
  terms.push(
    overlaps.language,
    overlaps.size,
    `(CASE WHEN c.verified THEN ${f8(weights.verified)} ELSE 0::float8 END)`,
  );
  return terms;
}

/** How well the viewer serves c: c's own wishes, counted by the migration, are the divisors. */
function candidateTerms(
  viewer: MatchProfile,
  weights: MatchWeights,
  overlaps: Overlaps,
  list: (codes: readonly string[]) => string,
  f8: (value: number) => string,
): string[] {
  const wished = (column: string, cap: number) => `greatest(least(c.${column}, ${cap}), 1)`;
  const terms: string[] = [];
  if (overlaps.bought && overlaps.supplied) {
    const perSide = `(${f8(weights.trade)} / greatest(c.trade_sides, 1))`;
    terms.push(
      `${perSide} * ${coverage(overlaps.bought, wished('n_seeks', SATURATION.hsChapters))}`,
      `${perSide} * ${coverage(overlaps.supplied, wished('n_offers', SATURATION.hsChapters))}`,
    );
  }
  if (overlaps.sectors) {
    terms.push(
      `${f8(weights.sharedSector)} * ${coverage(overlaps.sectors, wished('n_sectors', SATURATION.sectors))}`,
    );
  }
  if (overlaps.jvSectors) {
    // c's own JV wishes are its JV bits (none unless it lists joint_venture), at least one.
    terms.push(
      `${f8(weights.jointVenture)} * ${coverage(overlaps.jvSectors, `greatest(least(bit_count(c.jv_sectors), ${SATURATION.jvSectors}), 1)`)}`,
    );
  }
  // c's types that one of the viewer's types answers; joint_venture only with a JV sector both
  // want (sharedJv), never by the type alone.
  const types = [...new Set(viewer.partnershipTypes)];
  const answering = PARTNERSHIP_TYPES.filter(
    (type) =>
      type !== 'joint_venture' &&
      PARTNERSHIP_COMPATIBILITY[type].some((partner) => types.includes(partner)),
  );
  const byType = `bit_count(c.partnership_types & matching_partnership_bits(${list(answering)}))`;
  const answered = overlaps.sharedJv ? `${byType} + ${overlaps.sharedJv}` : byType;
  terms.push(
    `${f8(weights.partnership)} * ${coverage(answered, wished('n_types', SATURATION.partnershipTypes))}`,
    overlaps.language,
    overlaps.size,
    f8(viewer.verification === 'verified' ? weights.verified : 0),
  );
  return terms;
}

function distinct(codes: readonly string[]): number {
  return new Set(codes).size;
}
