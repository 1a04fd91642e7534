import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DelegationMemberStatus } from '@jcc/contracts';

/** A firm on a delegation's list, and where it stands. */
@Entity('delegation_members')
export class DelegationMemberEntity {
  @PrimaryColumn('uuid', { name: 'delegation_id' })
  delegationId: string;

  @PrimaryColumn('uuid', { name: 'company_id' })
  companyId: string;

  @Column('text')
  status: DelegationMemberStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
