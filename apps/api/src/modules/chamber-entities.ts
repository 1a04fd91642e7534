import { AuditEntryEntity } from './audit/audit-entry.entity';
import { DelegationMemberEntity } from './delegations/delegation-member.entity';
import { DelegationEntity } from './delegations/delegation.entity';
import { ImportEntity } from './imports/import.entity';

/** The tables of the chamber staff workspace (migration ChamberWork1764410000000). */
export const CHAMBER_ENTITIES = [
  AuditEntryEntity,
  ImportEntity,
  DelegationEntity,
  DelegationMemberEntity,
];
