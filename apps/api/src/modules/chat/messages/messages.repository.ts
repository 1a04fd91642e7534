import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { ChatAttachment } from '@jcc/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import type { Repository } from 'typeorm';
import { MessageEntity } from '../entities/message.entity';

export interface NewMessage {
  conversationId: string;
  clientId: string;
  senderUserId: string;
  senderCompanyId: string | null;
  body: string;
  attachment?: ChatAttachment | null;
}

const MESSAGE_COLUMNS = `id, conversation_id AS "conversationId", seq, client_id AS "clientId",
  sender_user_id AS "senderUserId", sender_company_id AS "senderCompanyId", body,
  attachment, created_at AS "createdAt"`;

/**
 * One statement, hence one transaction: lock the conversation row (concurrent senders queue
 * here), take last_seq + 1, insert, and move the counter to the inserted seq. When the clientId
 * is already stored, ON CONFLICT inserts nothing and the counter is not touched, so a retry never
 * burns a seq. Under READ COMMITTED, FOR UPDATE re-reads the row a concurrent sender committed
 * while we waited, and ON CONFLICT sees that sender's row too.
 */
const INSERT_NEXT = `
  WITH counter AS (
    SELECT id, last_seq FROM conversations WHERE id = $1 FOR UPDATE
  ), inserted AS (
    INSERT INTO messages (conversation_id, seq, client_id, sender_user_id, sender_company_id, body,
      attachment)
    SELECT counter.id, counter.last_seq + 1, $2, $3, $4, $5, $6::jsonb FROM counter
    ON CONFLICT (conversation_id, client_id) DO NOTHING
    RETURNING *
  ), bumped AS (
    UPDATE conversations c SET last_seq = inserted.seq, last_activity_at = inserted.created_at
    FROM inserted WHERE c.id = inserted.conversation_id
  )
  SELECT ${MESSAGE_COLUMNS} FROM inserted`;

@Injectable()
export class MessagesRepository {
  constructor(
    @InjectRepository(MessageEntity) private readonly messages: Repository<MessageEntity>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /**
   * The same insert in the current transaction, for a message that must commit together with
   * something else (an accepted request's introduction with its new conversation).
   */
  async insertNextInTransaction(message: NewMessage): Promise<MessageEntity | null> {
    const rows = await this.txHost.tx.query<MessageEntity[]>(INSERT_NEXT, [
      message.conversationId,
      message.clientId,
      message.senderUserId,
      message.senderCompanyId,
      message.body,
      message.attachment ? JSON.stringify(message.attachment) : null,
    ]);
    return rows[0] ?? null;
  }

  /**
   * The stored message, or null when this conversation already has one with that clientId.
   * The hottest statement of the API runs as a named prepared statement on the pool TypeORM
   * holds: Postgres parses and plans it once per connection instead of once per message (about
   * twice the throughput here).
   */
  async insertNext(message: NewMessage): Promise<MessageEntity | null> {
    const { rows } = await this.pool().query<Pick<MessageEntity, keyof MessageEntity>>({
      name: 'chat_insert_next_message',
      text: INSERT_NEXT,
      values: [
        message.conversationId,
        message.clientId,
        message.senderUserId,
        message.senderCompanyId,
        message.body,
        message.attachment ? JSON.stringify(message.attachment) : null,
      ],
    });
    return rows[0] ?? null;
  }

  private pool(): Pool {
    return (this.messages.manager.connection.driver as unknown as { master: Pool }).master;
  }

  findByClientId(conversationId: string, clientId: string): Promise<MessageEntity | null> {
    return this.messages.findOneBy({ conversationId, clientId });
  }

  /** Oldest first: messages with afterSeq < seq (< beforeSeq), at most `limit`. */
  listAfter(
    conversationId: string,
    afterSeq: number,
    limit: number,
    beforeSeq?: number,
  ): Promise<MessageEntity[]> {
    const query = this.messages
      .createQueryBuilder('m')
      .where('m.conversation_id = :conversationId AND m.seq > :afterSeq', {
        conversationId,
        afterSeq,
      })
      .orderBy('m.seq', 'ASC')
      .limit(limit);
    if (beforeSeq !== undefined) {
      query.andWhere('m.seq < :beforeSeq', { beforeSeq });
    }
    return query.getMany();
  }

  /** The `limit` messages just before beforeSeq (or the newest), returned oldest first. */
  async listBefore(
    conversationId: string,
    beforeSeq: number | undefined,
    limit: number,
  ): Promise<MessageEntity[]> {
    const query = this.messages
      .createQueryBuilder('m')
      .where('m.conversation_id = :conversationId', { conversationId })
      .orderBy('m.seq', 'DESC')
      .limit(limit);
    if (beforeSeq !== undefined) {
      query.andWhere('m.seq < :beforeSeq', { beforeSeq });
    }
    return (await query.getMany()).reverse();
  }

  /** The newest message of each conversation given. */
  latestOf(conversationIds: string[]): Promise<MessageEntity[]> {
    if (conversationIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.messages
      .createQueryBuilder('m')
      .innerJoin('conversations', 'c', 'c.id = m.conversation_id AND m.seq = c.last_seq')
      .where('c.id IN (:...conversationIds)', { conversationIds })
      .getMany();
  }
}
