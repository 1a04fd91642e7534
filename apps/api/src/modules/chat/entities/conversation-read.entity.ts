import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far one user has read one conversation; only ever moves forward. */
@Entity('conversation_reads')
export class ConversationReadEntity {
  @PrimaryColumn('uuid', { name: 'conversation_id' })
  conversationId: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @Column('integer', { name: 'last_read_seq' })
  lastReadSeq: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
