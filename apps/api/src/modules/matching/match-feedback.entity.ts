import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { MatchFeedbackState } from '@jcc/contracts';

/** A firm's standing decision on one partner (one row per pair; `undo` deletes it). */
@Entity('match_feedback')
export class MatchFeedbackEntity {
  @PrimaryColumn('uuid', { name: 'company_id' })
  companyId: string;

  @PrimaryColumn('uuid', { name: 'target_id' })
  targetId: string;

  @Column('text')
  state: MatchFeedbackState;

  /** The member who decided, for the firm's own history; kept null when the account is deleted. */
  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
