import type { Country, SectorCode } from './taxonomy';
import type { ContactRequestResponse } from './chat';
import type { CompanySummary } from './wire';

/**
 * The opportunities board, as in the Enterprise Europe Network partnering database: a verified firm
 * posts an offer or a request, staff review it, and firms of the other country express interest.
 */
export const OPPORTUNITY_KINDS = [
  'business_offer',
  'business_request',
  'technology_offer',
  'technology_request',
  'joint_venture_call',
] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

/**
 * draft → submitted → published | refused; refused (edited) → draft → submitted again; an edit of
 * a published one sends it back to submitted; the firm or staff close it; past its deadline a
 * published one is expired (by the periodic job, and at once on every read).
 */
export const OPPORTUNITY_STATUSES = [
  'draft',
  'submitted',
  'published',
  'refused',
  'closed',
  'expired',
] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export const OPPORTUNITY_LIMITS = {
  title: { min: 5, max: 150 },
  summary: { min: 20, max: 4000 },
  sectors: { min: 1, max: 5 },
  hsChapters: { min: 0, max: 10 },
  refusalReason: { min: 5, max: 1000 },
  interestMessage: { min: 1, max: 1000 },
  /** How far ahead a deadline may lie. */
  maxDeadlineDays: 730,
  /** What an anonymous visitor reads of a summary (the teaser). */
  teaserLength: 240,
  forMeMax: 20,
} as const;

export interface OpportunityResponse {
  id: string;
  kind: OpportunityKind;
  title: string;
  /** Cut to OPPORTUNITY_LIMITS.teaserLength characters for anonymous visitors. */
  summary: string;
  sectors: SectorCode[];
  hsChapters: string[];
  /** The posting firm's country. */
  country: Country;
  /** `YYYY-MM-DD`; open through that day (UTC). */
  deadline: string;
  status: OpportunityStatus;
  /** The posting firm; null for anonymous visitors (teaser). */
  company: CompanySummary | null;
  /** Staff's reason when refused: shown to the firm (and staff) only, else null. */
  refusalReason: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Only for the posting firm and staff: how many firms expressed interest. Else null. */
  interestCount: number | null;
  /** For a signed-in member firm: whether it already expressed interest. Else null. */
  interested: boolean | null;
}

export interface OpportunityForMe {
  opportunity: OpportunityResponse;
  /** Sectors and HS chapters shared with the viewer's profile (what makes it relevant). */
  sharedSectors: SectorCode[];
  sharedHsChapters: string[];
  score: number;
}

/** `GET /api/opportunities/for-me`: the best few, not a keyset page. */
export interface OpportunityForMeList {
  items: OpportunityForMe[];
}

/** `POST /api/opportunities/:id/interest`: the contact request that carries the opportunity. */
export interface OpportunityInterestCreated {
  contactRequest: ContactRequestResponse;
}

export interface OpportunityInterestResponse {
  opportunityId: string;
  contactRequestId: string;
  createdAt: string;
}

/** The opportunity a contact request was opened for (a snapshot of its title at that time). */
export interface ContactRequestOpportunity {
  id: string;
  title: string;
  kind: OpportunityKind;
}
