import type { LanguageCode, PartnershipType, SectorCode, SizeBand } from './taxonomy';
import type { CompanySummary } from './wire';

/**
 * Why two firms were matched. Reasons travel as codes with parameters, never as sentences, so
 * the web can say them in any UI language. They are written from the viewer's side: "the
 * candidate offers what you seek". `libs/matching` produces them, ordered by how much each one
 * contributed to the score.
 */
export const MATCH_REASON_CODES = [
  'offers_what_you_seek',
  'seeks_what_you_offer',
  'shared_sector',
  'joint_venture_interest',
  'compatible_partnership',
  'common_language',
  'interpreter_may_be_needed',
  'size_fit',
  'verified',
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

/** A reason that carries no parameters; `Record<string, never>` rather than `{}`, which means "anything". */
export type NoParams = Record<string, never>;

/** The parameters of each reason code. Lists of codes are sorted ascending and have no duplicates. */
export interface MatchReasonParams {
  /** HS chapters the candidate offers and the viewer seeks. */
  offers_what_you_seek: { hs: string[] };
  /** HS chapters the candidate seeks and the viewer offers. */
  seeks_what_you_offer: { hs: string[] };
  /** Sectors both firms work in. */
  shared_sector: { sectors: SectorCode[] };
  /**
   * Joint-venture fit: sectors where both want a JV, or where one wants a JV and the other works.
   */
  joint_venture_interest: { sectors: SectorCode[] };
  /**
   * Partnership types that fit together, each pair as [viewer's type, candidate's type]. Typed as
   * arrays, not tuples: openapi-fetch reads every JSON array as `T[]`, so a tuple here would not
   * match the body the web's client infers.
   */
  compatible_partnership: { pairs: PartnershipType[][] };
  /** Working languages both firms speak. */
  common_language: { languages: LanguageCode[] };
  /** The firms share no working language: the chamber can arrange an interpreter (score lowered a little). */
  interpreter_may_be_needed: NoParams;
  /** Equal or adjacent size bands. */
  size_fit: { viewer: SizeBand; candidate: SizeBand };
  /** The candidate was verified by chamber staff. */
  verified: NoParams;
}

/** `{ code, params }`, discriminated on `code`. */
export type MatchReason = {
  [C in MatchReasonCode]: { code: C; params: MatchReasonParams[C] };
}[MatchReasonCode];

/** One item of GET /api/matches. */
export interface MatchResponse {
  company: CompanySummary;
  /** Integer 0–100; the same whichever of the two firms asks. */
  score: number;
  /** Both firms clear the matching library's mutual threshold on their own side. */
  mutual: boolean;
  /** Why they fit you: from the caller's side, largest contribution first. */
  reasons: MatchReason[];
  /**
   * Why you fit them: the same codes from the partner's side ("offers_what_you_seek" here means
   * the caller offers what the partner seeks), largest contribution first.
   */
  reasonsForThem: MatchReason[];
}

/** What a firm can tell the matcher about a match: POST /api/matches/:companyId/feedback. */
export const MATCH_FEEDBACK_ACTIONS = ['save', 'dismiss', 'undo'] as const;
export type MatchFeedbackAction = (typeof MATCH_FEEDBACK_ACTIONS)[number];

/** The firm's standing decision on a partner: saved (listed by ?saved=true) or dismissed (never shown again). */
export type MatchFeedbackState = 'saved' | 'dismissed';

export interface MatchFeedbackRequest {
  action: MatchFeedbackAction;
}

/** The decision after the action; `undo` leaves none. */
export interface MatchFeedbackResponse {
  companyId: string;
  state: MatchFeedbackState | null;
}
