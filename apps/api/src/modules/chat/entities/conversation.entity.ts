import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConversationKind } from '@jcc/contracts';

@Entity('conversations')
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  kind: ConversationKind;

  /** `firms:<lower id>:<higher id>` or `chamber:<company id>`: one conversation per pair. */
  @Column('text', { name: 'pair_key' })
  pairKey: string;

  /** The seq of the newest message; the counter a send locks and bumps. */
  @Column('integer', { name: 'last_seq' })
  lastSeq: number;

  @Column('timestamptz', { name: 'last_activity_at' })
  lastActivityAt: Date;

  @Column('uuid', { name: 'created_by_user_id', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
