import type { Country, SectorCode, VerificationStatus } from './taxonomy';
import type { CompanyResponse } from './wire';

/** A JSON value as the audit log and review snapshots store it. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

// ---------------------------------------------------------------------------------------------
// Verification queue
// ---------------------------------------------------------------------------------------------

/** The decision staff made last time they reviewed a firm, and who made it when. */
export interface LastReview {
  status: Exclude<VerificationStatus, 'pending'>;
  note: string | null;
  at: string;
  byUserId: string | null;
}

/** One profile field that differs from what staff saw at the last review. */
export interface ProfileChange {
  field: string;
  /** A JSON value (`JsonValue`); `unknown` on the wire so that clients narrow it before use. */
  before: unknown;
  after: unknown;
}

export interface VerificationQueueItem {
  company: CompanyResponse;
  /** When the firm entered the queue (registration, or the edit that sent it back). */
  pendingSince: string;
  lastReview: LastReview | null;
  /** Fields changed since the last review; null when the firm was never reviewed. */
  changes: ProfileChange[] | null;
}

/** Most firms one bulk verification request may decide. */
export const BULK_VERIFICATION_MAX = 100;

export type BulkVerificationResult =
  | { companyId: string; ok: true; verification: VerificationStatus }
  | { companyId: string; ok: false; error: { statusCode: number; code: string; message: string } };

export interface BulkVerificationResponse {
  results: BulkVerificationResult[];
}

// ---------------------------------------------------------------------------------------------
// Audit log
// ---------------------------------------------------------------------------------------------

export const AUDIT_ACTIONS = [
  'company.verify',
  'company.reject',
  'company.update',
  'company.suspend',
  'company.reinstate',
  'user.role_change',
  'import.run',
  'delegation.create',
  'delegation.update',
  'delegation.member.invite',
  'delegation.member.apply',
  'delegation.member.status',
  'delegation.programme.set',
  'delegation.schedule.run',
  'delegation.schedule.publish',
  'opportunity.create',
  'opportunity.update',
  'opportunity.submit',
  'opportunity.publish',
  'opportunity.refuse',
  'opportunity.close',
  'opportunity.expire',
  'opportunity.interest',
  'document.upload',
  'document.download',
  'document.delete',
  'document.refuse',
  'document.papers_request',
  'agreement.create',
  'agreement.update',
  'agreement.commitment.add',
  'agreement.commitment.update',
  'agreement.status_update',
  'agreement.reminder',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: string;
  at: string;
  actorUserId: string | null;
  actorEmail: string | null;
  action: AuditAction;
  target: { type: string; id: string };
  /** JSON values (`JsonValue`), null when there was none; clients narrow them before use. */
  before: unknown;
  after: unknown;
}

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

export interface FirmsByCountrySector {
  country: Country;
  sector: SectorCode;
  /** Firms (not rejected) registered before `to`. */
  total: number;
  /** Of those, registered within [from, to). */
  new: number;
}

export interface VerificationFunnel {
  /** Firms registered within [from, to), by where they stand now. */
  registered: number;
  pending: number;
  verified: number;
  rejected: number;
  /** Median hours from registration to verification, for those verified; null when none. */
  medianHoursToVerify: number | null;
}

export interface WeeklyActivity {
  /** Monday of the ISO week, `YYYY-MM-DD`. */
  week: string;
  matchesSaved: number;
  contactRequests: number;
  contactsAccepted: number;
  messages: number;
}

export interface DelegationFill {
  id: string;
  title: string;
  startsOn: string;
  capacity: number;
  /** Invited, accepted and confirmed firms: the seats promised. */
  seatsTaken: number;
  confirmed: number;
  /** confirmed / capacity, 0–1. */
  fillRate: number;
}

/** B2B meetings at delegation visits, for requests made within [from, to) (issue 11). */
export interface MeetingFunnel {
  requested: number;
  accepted: number;
  scheduled: number;
  /** Both firms said it took place. */
  held: number;
  /** Outcome follow-up wanted or agreement in view: what may feed the agreements register. */
  followUp: number;
  noShow: number;
}

export interface StatsResponse {
  from: string;
  to: string;
  firmsByCountrySector: FirmsByCountrySector[];
  verificationFunnel: VerificationFunnel;
  weekly: WeeklyActivity[];
  delegations: DelegationFill[];
  /** Meeting requested → held → follow-up. */
  meetingFunnel: MeetingFunnel;
  /** Which activity tables exist yet; a missing one is reported as zeros. */
  sources: { matchFeedback: boolean; contactRequests: boolean; messages: boolean };
}
