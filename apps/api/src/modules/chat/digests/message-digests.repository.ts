import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ConversationKind, UiLocale } from '@jcc/contracts';
import { DIGEST_GAP, DIGEST_LOOKBACK, OFFLINE_AFTER } from './digest-timing';

/** One recipient of one conversation that a digest is due for. */
export interface DueDigest {
  userId: string;
  email: string;
  locale: UiLocale;
  companyId: string;
  conversationId: string;
  kind: ConversationKind;
  /** The conversation's last message: the digest tells of everything up to it. */
  lastSeq: number;
  /** Messages of the other side this recipient has not read. */
  unread: number;
  /** The other firms of the conversation (none in a chamber conversation). */
  otherCompanyIds: string[];
}

/**
 * `message_digests` (owned by chat) and the read model that finds due digests. It reads `users`
 * (address, language, firm) and `user_presence` in SQL, like the other reporting read models,
 * because asking per user through services would be one query per member of every firm.
 */
@Injectable()
export class MessageDigestsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Members of firms that have been offline for OFFLINE_AFTER at `now`, per conversation with
   * messages of the other side that they have not read and no digest has told of, whose last
   * digest for it is at least DIGEST_GAP old.
   */
  due(now: Date, limit: number): Promise<DueDigest[]> {
    return this.txHost.tx.query<DueDigest[]>(
      `SELECT u.id AS "userId", u.email, u.locale, u.company_id AS "companyId",
         c.id AS "conversationId", c.kind, c.last_seq AS "lastSeq",
         (SELECT count(*)::int FROM messages m
           WHERE m.conversation_id = c.id AND m.seq > coalesce(r.last_read_seq, 0)
             AND m.sender_company_id IS DISTINCT FROM u.company_id) AS unread,
         coalesce((SELECT array_agg(o.company_id) FROM conversation_companies o
           WHERE o.conversation_id = c.id AND o.company_id <> u.company_id), '{}') AS "otherCompanyIds"
       FROM conversations c
       JOIN conversation_companies cc ON cc.conversation_id = c.id
       JOIN users u ON u.company_id = cc.company_id
       LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = u.id
       LEFT JOIN message_digests d ON d.conversation_id = c.id AND d.user_id = u.id
       WHERE c.last_activity_at > $1::timestamptz - interval '${DIGEST_LOOKBACK}'
         AND (d.sent_at IS NULL OR d.sent_at <= $1::timestamptz - interval '${DIGEST_GAP}')
         AND NOT EXISTS (
           SELECT 1 FROM users f JOIN user_presence p ON p.user_id = f.id
           WHERE f.company_id = u.company_id
             AND p.last_seen_at > $1::timestamptz - interval '${OFFLINE_AFTER}')
         AND EXISTS (
           SELECT 1 FROM messages m
           WHERE m.conversation_id = c.id
             AND m.seq > greatest(coalesce(r.last_read_seq, 0), coalesce(d.up_to_seq, 0))
             AND m.sender_company_id IS DISTINCT FROM u.company_id
             AND m.created_at <= $1::timestamptz)
       ORDER BY c.id, u.id
       LIMIT $2`,
      [now.toISOString(), limit],
    );
  }

  /**
   * Claims the digest in the caller's transaction. The primary key decides between processes
   * sweeping at once: the second upsert waits for the first transaction, then finds the row too
   * recent (or already covering these messages) and changes nothing → false.
   */
  async claim(digest: DueDigest, now: Date): Promise<boolean> {
    const rows = await this.txHost.tx.query<{ user_id: string }[]>(
      `INSERT INTO message_digests AS d (user_id, conversation_id, up_to_seq, sent_at)
       VALUES ($1, $2, $3, $4::timestamptz)
       ON CONFLICT (user_id, conversation_id) DO UPDATE
         SET up_to_seq = excluded.up_to_seq, sent_at = excluded.sent_at
         WHERE d.sent_at <= excluded.sent_at - interval '${DIGEST_GAP}'
           AND d.up_to_seq < excluded.up_to_seq
       RETURNING d.user_id`,
      [digest.userId, digest.conversationId, digest.lastSeq, now.toISOString()],
    );
    return rows.length === 1;
  }
}
