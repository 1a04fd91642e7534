import type { Country, SectorCode } from './taxonomy';
import type { CompanySummary } from './wire';

export const DELEGATION_DIRECTIONS = ['PK_TO_AZ', 'AZ_TO_PK'] as const;
export type DelegationDirection = (typeof DELEGATION_DIRECTIONS)[number];

/** The country the delegation's firms come from, and the one they visit. */
export function delegationCountries(direction: DelegationDirection): {
  home: Country;
  host: Country;
} {
  return direction === 'PK_TO_AZ' ? { home: 'PK', host: 'AZ' } : { home: 'AZ', host: 'PK' };
}

export const DELEGATION_MEMBER_STATUSES = [
  'invited',
  'applied',
  'accepted',
  'confirmed',
  'declined',
  'waitlisted',
] as const;
export type DelegationMemberStatus = (typeof DELEGATION_MEMBER_STATUSES)[number];

/** Statuses that hold one of the delegation's seats; capacity caps their number. */
export const SEAT_HOLDING_STATUSES: readonly DelegationMemberStatus[] = [
  'invited',
  'accepted',
  'confirmed',
];

/** What a firm may answer, from the status it is in (staff may set any status). */
export const FIRM_STATUS_TRANSITIONS: Readonly<
  Record<DelegationMemberStatus, readonly DelegationMemberStatus[]>
> = {
  invited: ['confirmed', 'declined'],
  accepted: ['confirmed', 'declined'],
  applied: ['declined'],
  confirmed: ['declined'],
  waitlisted: ['declined'],
  declined: [],
};

export interface DelegationResponse {
  id: string;
  title: string;
  direction: DelegationDirection;
  homeCountry: Country;
  hostCountry: Country;
  hostCity: string;
  /** `YYYY-MM-DD` */
  startsOn: string;
  endsOn: string;
  sectors: SectorCode[];
  capacity: number;
  seatsTaken: number;
  /** The caller's firm's status on it (members only; null when not on it). */
  myStatus?: DelegationMemberStatus | null;
  createdAt: string;
  updatedAt: string;
}

export interface DelegationMemberResponse {
  company: CompanySummary;
  status: DelegationMemberStatus;
  updatedAt: string;
}

export type DelegationFitReason =
  | { code: 'sector_fit'; params: { sectors: SectorCode[] } }
  /** The firm works in a sector the chamber report puts first (export or joint-venture priority). */
  | { code: 'priority_sector'; params: { sectors: SectorCode[] } }
  | {
      code: 'best_counterpart';
      params: { companyId: string; name: string; city: string; score: number };
    }
  | { code: 'verified'; params: Record<string, never> };

export interface DelegationCandidate {
  company: CompanySummary;
  /**
   * 0–100: half sector fit, half the best match score with a host-country firm, plus
   * PRIORITY_SECTOR_BOOST for a firm in one of the report's priority or joint-venture sectors.
   */
  fit: number;
  reasons: DelegationFitReason[];
}
