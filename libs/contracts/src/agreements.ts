import type { Country, SectorCode } from './taxonomy';

/** Agreements register and its follow-up (issue 12, points 1 and 2). */

export const AGREEMENT_KINDS = ['mou', 'agreement'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/**
 * Where an agreement came from. `match`: two firms the platform matched (the reference is the
 * matched firm); `conversation`: a conversation between the firms; `meeting`: a meeting request
 * of a delegation visit; `other`: entered without a platform source (e.g. an MOU between
 * institutions signed at a forum).
 */
export const AGREEMENT_SOURCE_KINDS = ['match', 'conversation', 'meeting', 'other'] as const;
export type AgreementSourceKind = (typeof AGREEMENT_SOURCE_KINDS)[number];

export const COMMITMENT_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/**
 * `first_shipment` marks the commitment whose completion is the funnel's last stage: the first
 * goods actually shipped under the agreement.
 */
export const COMMITMENT_KINDS = ['general', 'first_shipment'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export const AGREEMENT_LIMITS = {
  titleMax: 200,
  summaryMax: 4000,
  noteMax: 1000,
  partiesMax: 10,
  commitmentsMax: 30,
  urlMax: 2000,
} as const;

export interface AgreementParty {
  id: string;
  /** Null for an institution (entered by staff): then only name and country are known. */
  companyId: string | null;
  name: string;
  country: Country;
}

export interface AgreementCommitment {
  id: string;
  ownerPartyId: string;
  title: string;
  kind: CommitmentKind;
  dueOn: string;
  status: CommitmentStatus;
  notes: string;
  overdue: boolean;
  updatedAt: string;
}

/** One entry of an agreement's history: a note, and a commitment's status change if any. */
export interface AgreementStatusUpdate {
  id: string;
  commitmentId: string | null;
  fromStatus: CommitmentStatus | null;
  toStatus: CommitmentStatus | null;
  note: string;
  authorUserId: string | null;
  authorName: string;
  authorCompanyId: string | null;
  createdAt: string;
}

/** Documents: a link for now; file attachments may add entries of another kind later. */
export interface AgreementDocument {
  kind: 'link';
  url: string;
}

export interface AgreementSource {
  kind: AgreementSourceKind;
  refId: string | null;
}

export interface AgreementResponse {
  id: string;
  title: string;
  kind: AgreementKind;
  summary: string;
  bilateral: boolean;
  sectors: SectorCode[];
  signedOn: string;
  source: AgreementSource;
  documents: AgreementDocument[];
  responsibleStaffUserId: string | null;
  parties: AgreementParty[];
  commitments: AgreementCommitment[];
  history: AgreementStatusUpdate[];
  createdAt: string;
  updatedAt: string;
}

/** A row of the register's list: the agreement without its history. */
export type AgreementListItem = Omit<AgreementResponse, 'history'>;

export const FUNNEL_STAGES = [
  'match',
  'contact',
  'conversation',
  'meeting',
  'agreement',
  'first_shipment',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelCount {
  stage: FunnelStage;
  count: number;
}

export interface OverdueCommitment {
  agreementId: string;
  agreementTitle: string;
  commitmentId: string;
  commitmentTitle: string;
  dueOn: string;
  daysOverdue: number;
  ownerName: string;
  ownerCountry: Country;
  sectors: SectorCode[];
  status: CommitmentStatus;
}

export interface AgreementsDashboard {
  from: string | null;
  to: string | null;
  implementation: { due: number; done: number; rate: number | null };
  overdue: OverdueCommitment[];
  overdueBySector: { sector: SectorCode; count: number }[];
  overdueByCountry: { country: Country; count: number }[];
  funnel: FunnelCount[];
}
