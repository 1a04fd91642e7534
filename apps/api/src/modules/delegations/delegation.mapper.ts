import {
  delegationCountries,
  type DelegationMemberResponse,
  type DelegationResponse,
} from '@jcc/contracts';
import type { DelegationRow } from './delegations.repository';
import type { MemberRow } from './delegation-lists';

/** `myStatus` is the caller's firm's; staff have no firm, so they never get the field. */
export function toDelegationResponse(row: DelegationRow, forMember: boolean): DelegationResponse {
  const { delegation } = row;
  const { home, host } = delegationCountries(delegation.direction);
  return {
    id: delegation.id,
    title: delegation.title,
    direction: delegation.direction,
    homeCountry: home,
    hostCountry: host,
    hostCity: delegation.hostCity,
    startsOn: delegation.startsOn,
    endsOn: delegation.endsOn,
    sectors: delegation.sectors,
    capacity: delegation.capacity,
    seatsTaken: row.seatsTaken,
    ...(forMember ? { myStatus: row.myStatus } : {}),
    createdAt: delegation.createdAt.toISOString(),
    updatedAt: delegation.updatedAt.toISOString(),
  };
}

export function toMemberResponse(row: MemberRow): DelegationMemberResponse {
  return { company: row.company, status: row.status, updatedAt: row.updatedAt.toISOString() };
}
