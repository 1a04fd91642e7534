import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction, JsonValue } from '@jcc/contracts';

/** One row of the append-only audit log; rows are inserted, never updated (a trigger refuses). */
@Entity('audit_log')
export class AuditEntryEntity {
  /** bigint identity; kept as a string so that no precision is lost. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('timestamptz')
  at: Date;

  @Column('uuid', { name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  @Column('text', { name: 'actor_email', nullable: true })
  actorEmail: string | null;

  @Column('text')
  action: AuditAction;

  @Column('text', { name: 'target_type' })
  targetType: string;

  @Column('text', { name: 'target_id' })
  targetId: string;

  @Column('jsonb', { nullable: true })
  before: JsonValue | null;

  @Column('jsonb', { nullable: true })
  after: JsonValue | null;
}
