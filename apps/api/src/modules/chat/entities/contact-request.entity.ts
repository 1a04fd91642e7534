import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContactRequestStatus, OpportunityKind } from '@jcc/contracts';

/**
 * One firm asking another for contact. A `pending` row whose `expiresAt` has passed is expired;
 * writes mark it so lazily, reads compute it (see `effectiveStatus`).
 */
@Entity('contact_requests')
export class ContactRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'from_company_id' })
  fromCompanyId: string;

  @Column('uuid', { name: 'to_company_id' })
  toCompanyId: string;

  @Column('uuid', { name: 'from_user_id', nullable: true })
  fromUserId: string | null;

  @Column('text')
  message: string;

  @Column('text')
  status: ContactRequestStatus;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'responded_at', nullable: true })
  respondedAt: Date | null;

  @Column('uuid', { name: 'responded_by_user_id', nullable: true })
  respondedByUserId: string | null;

  @Column('uuid', { name: 'conversation_id', nullable: true })
  conversationId: string | null;

  /** The opportunity the request answers (opportunities board), with its title and kind then. */
  @Column('uuid', { name: 'opportunity_id', nullable: true })
  opportunityId: string | null;

  @Column('text', { name: 'opportunity_title', nullable: true })
  opportunityTitle: string | null;

  @Column('text', { name: 'opportunity_kind', nullable: true })
  opportunityKind: OpportunityKind | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export function effectiveStatus(
  request: ContactRequestEntity,
  now = new Date(),
): ContactRequestStatus {
  return request.status === 'pending' && request.expiresAt <= now ? 'expired' : request.status;
}
