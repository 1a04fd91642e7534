import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { ConversationKind } from '@jcc/contracts';
import type { ConversationView } from '../chat.mapper';
import { ConversationEntity } from '../entities/conversation.entity';

/** Who a conversation belongs to: immutable once created, hence cacheable. */
export interface ConversationFacts {
  id: string;
  kind: ConversationKind;
  companyIds: string[];
}

/** A firm's conversations, or (staff) every chamber conversation. */
export type ConversationScope = { companyId: string } | { chamber: true };

export interface ConversationRow extends ConversationView {
  /** last_activity_at as text: keeps the microseconds a JS Date would drop, for the cursor. */
  sortAt: string;
}

export interface NewConversation {
  kind: ConversationKind;
  pairKey: string;
  companyIds: string[];
  createdByUserId: string;
}

/**
 * Who reads: the user ($1) and the firm they read for ($2; null for chamber staff). The other
 * side is every reader of another firm, or of none (staff), than the caller's.
 */
export interface Reader {
  id: string;
  companyId: string | null;
}

/**
 * The caller's view: read position, how far the other side has read, and unread count (others'
 * messages after the caller's position).
 */
const VIEW_COLUMNS = `c.id, c.kind, c.last_seq AS "lastSeq", c.created_at AS "createdAt",
  c.last_activity_at AS "lastActivityAt", c.last_activity_at::text AS "sortAt",
  coalesce(r.last_read_seq, 0) AS "readSeq",
  (SELECT coalesce(max(p.last_read_seq), 0)::int FROM conversation_reads p
    WHERE p.conversation_id = c.id AND p.reader_company_id IS DISTINCT FROM $2::uuid) AS "peerReadSeq",
  (SELECT count(*)::int FROM messages m
    WHERE m.conversation_id = c.id AND m.seq > coalesce(r.last_read_seq, 0)
      AND m.sender_user_id IS DISTINCT FROM $1::uuid) AS unread`;

const VIEW_FROM = `FROM conversations c
  LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = $1::uuid`;

@Injectable()
export class ConversationsRepository {
  constructor(
    @InjectRepository(ConversationEntity)
    private readonly conversations: Repository<ConversationEntity>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async findFacts(id: string): Promise<ConversationFacts | null> {
    const rows = await this.conversations.query<ConversationFacts[]>(
      `SELECT c.id, c.kind,
         coalesce(array_agg(cc.company_id) FILTER (WHERE cc.company_id IS NOT NULL), '{}') AS "companyIds"
       FROM conversations c LEFT JOIN conversation_companies cc ON cc.conversation_id = c.id
       WHERE c.id = $1 GROUP BY c.id`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Every conversation in scope with its firms: the rooms a new socket joins. */
  memberships(scope: ConversationScope): Promise<ConversationFacts[]> {
    const [where, params] =
      'companyId' in scope
        ? [
            'c.id IN (SELECT conversation_id FROM conversation_companies WHERE company_id = $1)',
            [scope.companyId],
          ]
        : [`c.kind = 'chamber'`, []];
    return this.conversations.query<ConversationFacts[]>(
      `SELECT c.id, c.kind, array_agg(cc.company_id) AS "companyIds"
       FROM conversations c JOIN conversation_companies cc ON cc.conversation_id = c.id
       WHERE ${where} GROUP BY c.id`,
      params,
    );
  }

  /**
   * Creates the conversation of a pair unless it exists (the unique pair_key decides, also under
   * concurrent calls); answers its id and whether this call created it.
   */
  async openIfAbsent(conversation: NewConversation): Promise<{ id: string; created: boolean }> {
    const manager = this.txHost.tx;
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO conversations (kind, pair_key, created_by_user_id) VALUES ($1, $2, $3)
       ON CONFLICT (pair_key) DO NOTHING RETURNING id`,
      [conversation.kind, conversation.pairKey, conversation.createdByUserId],
    );
    if (inserted.length === 0) {
      const [existing] = await manager.query<{ id: string }[]>(
        'SELECT id FROM conversations WHERE pair_key = $1',
        [conversation.pairKey],
      );
      return { id: existing.id, created: false };
    }
    const { id } = inserted[0];
    await manager.query(
      `INSERT INTO conversation_companies (conversation_id, company_id)
       SELECT $1, unnest($2::uuid[])`,
      [id, conversation.companyIds],
    );
    return { id, created: true };
  }

  /** Conversation ids by pair key, for the keys that have one. */
  async idsByPairKeys(pairKeys: string[]): Promise<Map<string, string>> {
    const rows = await this.conversations.query<{ id: string; pairKey: string }[]>(
      'SELECT id, pair_key AS "pairKey" FROM conversations WHERE pair_key = ANY($1::text[])',
      [pairKeys],
    );
    return new Map(rows.map((row) => [row.pairKey, row.id]));
  }

  async existsWithPairKey(pairKey: string): Promise<boolean> {
    const rows = await this.txHost.tx.query<unknown[]>(
      'SELECT 1 FROM conversations WHERE pair_key = $1',
      [pairKey],
    );
    return rows.length > 0;
  }

  /** Newest activity first, keyset-paged on (last_activity_at, id). */
  list(
    scope: ConversationScope,
    reader: Reader,
    after: { at: string; id: string } | null,
    limit: number,
  ): Promise<ConversationRow[]> {
    const params: unknown[] = [reader.id, reader.companyId];
    const where: string[] = [];
    if ('companyId' in scope) {
      params.push(scope.companyId);
      where.push(
        `c.id IN (SELECT conversation_id FROM conversation_companies WHERE company_id = $${params.length})`,
      );
    } else {
      where.push(`c.kind = 'chamber'`);
    }
    if (after) {
      params.push(after.at, after.id);
      where.push(
        `(c.last_activity_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(limit);
    return this.conversations.query<ConversationRow[]>(
      `SELECT ${VIEW_COLUMNS} ${VIEW_FROM} WHERE ${where.join(' AND ')}
       ORDER BY c.last_activity_at DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  async findView(id: string, reader: Reader): Promise<ConversationRow | null> {
    const rows = await this.conversations.query<ConversationRow[]>(
      `SELECT ${VIEW_COLUMNS} ${VIEW_FROM} WHERE c.id = $3`,
      [reader.id, reader.companyId, id],
    );
    return rows[0] ?? null;
  }

  /** Firms of each conversation, in a stable order. */
  async participantIds(conversationIds: string[]): Promise<Map<string, string[]>> {
    const rows =
      conversationIds.length === 0
        ? []
        : await this.conversations.query<{ conversationId: string; companyId: string }[]>(
            `SELECT conversation_id AS "conversationId", company_id AS "companyId"
             FROM conversation_companies WHERE conversation_id = ANY($1::uuid[])
             ORDER BY conversation_id, company_id`,
            [conversationIds],
          );
    const byConversation = new Map<string, string[]>();
    for (const row of rows) {
      byConversation.set(row.conversationId, [
        ...(byConversation.get(row.conversationId) ?? []),
        row.companyId,
      ]);
    }
    return byConversation;
  }

  /**
   * Moves the user's read position forward (never back), capped at the conversation's last seq;
   * answers the position it now has.
   */
  async advanceRead(conversationId: string, reader: Reader, seq: number): Promise<number> {
    const rows = await this.conversations.query<{ seq: number }[]>(
      `INSERT INTO conversation_reads AS r (conversation_id, user_id, reader_company_id, last_read_seq)
       SELECT c.id, $2, $3, LEAST($4::int, c.last_seq) FROM conversations c WHERE c.id = $1
       ON CONFLICT (conversation_id, user_id) DO UPDATE
         SET last_read_seq = GREATEST(r.last_read_seq, excluded.last_read_seq),
           reader_company_id = excluded.reader_company_id, updated_at = now()
       RETURNING last_read_seq AS seq`,
      [conversationId, reader.id, reader.companyId, seq],
    );
    return rows[0]?.seq ?? 0;
  }
}
