import type { ChatAttachment } from '@jcc/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('messages')
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'conversation_id' })
  conversationId: string;

  @Column('integer')
  seq: number;

  @Column('uuid', { name: 'client_id' })
  clientId: string;

  @Column('uuid', { name: 'sender_user_id', nullable: true })
  senderUserId: string | null;

  @Column('uuid', { name: 'sender_company_id', nullable: true })
  senderCompanyId: string | null;

  @Column('text')
  body: string;

  /** A file sent with the message: a snapshot of its document (documents module). */
  @Column('jsonb', { nullable: true })
  attachment: ChatAttachment | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
