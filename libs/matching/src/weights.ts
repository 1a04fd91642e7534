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
  /** Both want a joint venture, in an overlapping sector. */
  readonly jointVenture: number;
  /** The firms' partnership types fit together (see partnership-compatibility.ts). */
  readonly partnership: number;
  /** They share a working language. */
  readonly commonLanguage: number;
  /** Penalty when they share none: a match one cannot talk to is worth little. */
  readonly noCommonLanguage: number;
  /** Equal or adjacent size bands. */
  readonly sizeFit: number;
  /** The candidate was verified by chamber staff. */
  readonly verified: number;
}

export const DEFAULT_WEIGHTS: MatchWeights = {
  // Trade is what the chamber exists for, so concrete HS complementarity weighs most.
  trade: 45,
  sharedSector: 15,
  // Only firms that asked for a joint venture can earn this; it is the report's second priority.
  jointVenture: 10,
  partnership: 15,
  commonLanguage: 8,
  // Bigger than `commonLanguage` on purpose: the swing (28 points) pushes mute pairs down the list.
  noCommonLanguage: -20,
  sizeFit: 4,
  // Small: verification is a trust signal, not a fit; unverified firms must still be findable.
  verified: 3,
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
