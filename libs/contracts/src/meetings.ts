import type { MatchReason } from './match-reasons';
import type { DelegationDirection } from './delegations';
import type { Country, SectorCode } from './taxonomy';

/** B2B meetings at delegation visits (issue 11). */

export const SLOT_MINUTES = [15, 20, 30] as const;
export type SlotMinutes = (typeof SLOT_MINUTES)[number];

export const PROGRAMME_BLOCK_KINDS = ['friday_prayer', 'iftar', 'other'] as const;
export type ProgrammeBlockKind = (typeof PROGRAMME_BLOCK_KINDS)[number];

export const MEETING_REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type MeetingRequestStatus = (typeof MEETING_REQUEST_STATUSES)[number];

export const MEETING_REPORTS = ['held', 'no_show'] as const;
export type MeetingReport = (typeof MEETING_REPORTS)[number];

export const MEETING_OUTCOMES = ['follow_up', 'agreement_in_view', 'no_interest'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

export type ScheduleStatus = 'none' | 'scheduled' | 'published';

/** Pakistan (UTC+5) and Azerbaijan (UTC+4) keep no daylight saving time. */
export const UTC_OFFSET_MINUTES: Record<Country, number> = { PK: 300, AZ: 240 };

/** One instant, in UTC and in both countries' clocks (`2027-04-12T13:00+05:00`). */
export interface DualTime {
  utc: string;
  pkt: string;
  azt: string;
}

export interface ProgrammeSession {
  id: string;
  startsAt: DualTime;
  endsAt: DualTime;
}

export interface ProgrammeBlock {
  kind: ProgrammeBlockKind;
  label: string;
  startsAt: DualTime;
  endsAt: DualTime;
}

export interface ProgrammeSlot {
  /** The slot's start in UTC (ISO 8601): stable while the programme does not change. */
  id: string;
  sessionId: string;
  startsAt: DualTime;
  endsAt: DualTime;
}

export interface ProgrammeResponse {
  delegationId: string;
  venue: string;
  venueMaxTables: number;
  slotMinutes: SlotMinutes;
  breakMinutes: number;
  tables: string[];
  quotaPerFirm: number;
  requestDeadline: DualTime | null;
  scheduleStatus: ScheduleStatus;
  sessions: ProgrammeSession[];
  blocks: ProgrammeBlock[];
  slots: ProgrammeSlot[];
}

export interface MeetingFirm {
  id: string;
  name: string;
  country: Country;
  sectors: SectorCode[];
}

export interface IncomingDelegation {
  id: string;
  title: string;
  direction: DelegationDirection;
  hostCity: string;
  startsOn: string;
  endsOn: string;
  sectors: SectorCode[];
  members: MeetingFirm[];
  programme: ProgrammeResponse | null;
  /** The caller's firm's standing as a host: invited, registered, or not yet. */
  myHostStatus: 'invited' | 'registered' | null;
}

export interface MeetingHostResponse {
  company: MeetingFirm;
  status: 'invited' | 'registered';
}

export interface MeetingRequestResponse {
  id: string;
  delegationId: string;
  requester: MeetingFirm;
  target: MeetingFirm;
  note: string;
  priority: number;
  status: MeetingRequestStatus;
  slot: { id: string; startsAt: DualTime; endsAt: DualTime } | null;
  table: string | null;
  locked: boolean;
  requesterReport: MeetingReport | null;
  targetReport: MeetingReport | null;
  outcome: MeetingOutcome | null;
  createdAt: string;
  /** The two firms' match score (libs/matching), reasons from the caller's side; null if none. */
  match: { score: number; mutual: boolean; reasons: MatchReason[] } | null;
}

/** A host-country firm staff could invite, by its best match with the visiting firms. */
export interface HostCandidate {
  company: MeetingFirm;
  score: number;
  bestVisitor: { id: string; name: string } | null;
  hostStatus: 'invited' | 'registered' | null;
}

export interface ScheduleRunResponse {
  placed: number;
  unplaced: number;
  slotsUsed: number;
  lowerBound: number;
  idleGaps: number;
  locked: number;
}

export interface MeetingStatsResponse {
  requested: number;
  accepted: number;
  scheduled: number;
  held: number;
  noShow: number;
  followUp: number;
  agreementInView: number;
  checkedIn: number;
}

/**
 * Socket events of meetings (server → client), sent after the change commits, only to the two
 * firms of a request (every socket of their users) and to staff; a published schedule goes to
 * every participating firm (seated visitors and registered hosts) and to staff. The payloads
 * carry ids and the new state only: the web refetches what it shows, with the caller's rights.
 */
export interface MeetingRequestEvent {
  delegationId: string;
  requestId: string;
  /** `pending`: a new request; `accepted` / `declined`: it was answered. */
  status: MeetingRequestStatus;
  requesterCompanyId: string;
  targetCompanyId: string;
}

export interface MeetingSchedulePublishedEvent {
  delegationId: string;
  scheduleStatus: 'published';
}
