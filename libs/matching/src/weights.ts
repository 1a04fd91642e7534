/**
 * How many points each component of a directional score (how well a candidate serves a viewer)
 * can give. The positive weights sum to 100, so a directional score is already on the 0–100
 * scale; `noCommonLanguage` is a penalty (≤ 0) added instead of `commonLanguage`.
 * Custom weights must keep the components ≥ 0 and the penalty ≤ 0; scores are clamped to 0–100.
 */
export interface MatchWeights {
  /** HS chapters: the candidate sells what the viewer seeks and/or buys what the viewer offers. */
  readonly trade: number;
  /** Sectors both firms work in. */
  readonly sharedSector: number;
  /**
   * Joint-venture fit: a JV sector both firms want, or one firm's JV sector being a sector the
   * other works in (see components/joint-venture-fit.ts).
   */
  readonly jointVenture: number;
  /** The firms' partnership types fit together (see partnership-compatibility.ts). */
  readonly partnership: number;
  /** They share a working language. */
  readonly commonLanguage: number;
  /** Penalty when they share none (an interpreter may be needed); small, never a veto. */
  readonly noCommonLanguage: number;
  /** Equal or adjacent size bands. */
  readonly sizeFit: number;
  /** The candidate was verified by chamber staff. */
  readonly verified: number;
}

export const DEFAULT_WEIGHTS: MatchWeights = {
  // Concrete HS complementarity is what the chamber exists for: it weighs most.
  trade: 35,
  sharedSector: 12,
  // Joint ventures are the report's second priority (pharmaceuticals, chemistry, engineering,
  // metallurgy, food processing, light industry): a full JV fit alone, even with no common
  // language, outranks everything a firm can earn on partnership type, language, size and
  // verification together (26 > 10 + 6 + 5 + 4), see the ordering properties.
  jointVenture: 28,
  partnership: 10,
  commonLanguage: 6,
  // Small on purpose: the chamber arranges interpreters, so a missing common language lowers a
  // real fit a little (and says `interpreter_may_be_needed`) but never buries it.
  noCommonLanguage: -2,
  sizeFit: 5,
  // A trust signal, not a fit; every listed partner is verified now, so it mostly separates a
  // verified viewer's side from a pending one's.
  verified: 4,
};

/**
 * Coverage saturation: a component pays in full once the candidate covers this many of the
 * viewer's wishes (or all of them, if the viewer listed fewer). Without it a firm listing
 * 12 chapters could never match well, and listing more would be punished.
 */
export const SATURATION = {
  hsChapters: 3,
  sectors: 2,
  jvSectors: 2,
  partnershipTypes: 2,
} as const;

/** Both directional scores must reach this for a match to be `mutual`. */
export const MUTUAL_THRESHOLD = 40;
