import { Inject, Injectable } from '@nestjs/common';
import { CHAT_LIMITS, type ChatAttachment, type ChatMessage, type Page } from '@jcc/contracts';
import type { AuthUser } from '../../../common/auth-user';
import { InvalidInputError } from '../../../common/errors/domain-error';
import { decodeCursor, encodeCursor, DEFAULT_PAGE_SIZE } from '../../../common/pagination/cursor';
import { RateLimitStore, type Limit } from '../../../common/rate-limits/rate-limit-store';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { chatErrors } from '../chat-errors';
import { toChatMessage } from '../chat.mapper';
import { ConversationAccess } from '../conversations/conversation-access';
import { ChatRealtime } from '../realtime/chat-realtime';
import type { ListMessagesQuery } from './dto/list-messages.query';
import type { MessageEntity } from '../entities/message.entity';
import { MessagesRepository } from './messages.repository';
import { SenderNames } from './sender-names';

export interface SendInput {
  conversationId: string;
  clientId: string;
  body: string;
}

export interface SendResult {
  message: ChatMessage;
  /** false when the clientId was already stored: the stored message is answered, nothing new. */
  created: boolean;
}

export interface SyncResult {
  messages: ChatMessage[];
  hasMore: boolean;
}

@Injectable()
export class MessagesService {
  /** Per user, shared by every process when REDIS_URL is set (sockets and REST alike). */
  private readonly limiter: Limit;

  constructor(
    private readonly messages: MessagesRepository,
    private readonly access: ConversationAccess,
    private readonly realtime: ChatRealtime,
    private readonly senderNames: SenderNames,
    @Inject(APP_CONFIG) config: AppConfig,
    limits: RateLimitStore,
  ) {
    this.limiter = limits.create({
      name: 'chat',
      points: config.env.CHAT_MESSAGES_PER_WINDOW,
      durationSeconds: config.env.CHAT_RATE_WINDOW_SECONDS,
    });
  }

  /**
   * Stores a message and tells the conversation (REST: the HTTP answer follows the broadcast at
   * once; sockets use `store`, answer the sender, then `broadcast`).
   */
  async send(user: AuthUser, input: SendInput): Promise<SendResult> {
    const result = await this.store(user, input);
    this.broadcast(result);
    return result;
  }

  /**
   * Stores a message (committed before this resolves) and broadcasts nothing: the caller answers
   * the sender first, then calls `broadcast` (stored → ack → broadcast). The rate limit comes
   * first so that a flood costs no database work.
   */
  async store(user: AuthUser, input: SendInput): Promise<SendResult> {
    const waitMs = await this.limiter.consume(user.id);
    if (waitMs > 0) {
      throw chatErrors.rateLimited(waitMs);
    }
    await this.access.require(user, input.conversationId);
    const stored = await this.messages.insertNext({
      conversationId: input.conversationId,
      clientId: input.clientId,
      senderUserId: user.id,
      senderCompanyId: user.companyId,
      body: input.body,
    });
    if (stored) {
      return { message: toChatMessage(stored, user.fullName), created: true };
    }
    const existing = await this.messages.findByClientId(input.conversationId, input.clientId);
    if (!existing) {
      throw chatErrors.conversationNotFound();
    }
    if (existing.senderUserId !== user.id) {
      throw chatErrors.clientIdTaken();
    }
    return { message: toChatMessage(existing, user.fullName), created: false };
  }

  /** 404 unless the user may use the conversation (documents: who may attach a file). */
  async requireParticipant(user: AuthUser, conversationId: string): Promise<void> {
    await this.access.require(user, conversationId);
  }

  /** The message a clientId already stored in a conversation, if any (a retried attachment). */
  async storedByClientId(
    user: AuthUser,
    conversationId: string,
    clientId: string,
  ): Promise<ChatMessage | null> {
    const existing = await this.messages.findByClientId(conversationId, clientId);
    if (!existing) {
      return null;
    }
    if (existing.senderUserId !== user.id) {
      throw chatErrors.clientIdTaken();
    }
    return toChatMessage(existing);
  }

  /**
   * A message carrying a file, inserted in the caller's transaction (the documents module stores
   * the document row in the same one): null when the clientId is already taken, and the caller
   * rolls back. Broadcast with `broadcast` after the commit.
   */
  async insertAttachmentMessage(
    user: AuthUser,
    input: SendInput & { attachment: ChatAttachment },
  ): Promise<SendResult | null> {
    const waitMs = await this.limiter.consume(user.id);
    if (waitMs > 0) {
      throw chatErrors.rateLimited(waitMs);
    }
    const stored = await this.messages.insertNextInTransaction({
      conversationId: input.conversationId,
      clientId: input.clientId,
      senderUserId: user.id,
      senderCompanyId: user.companyId,
      body: input.body,
      attachment: input.attachment,
    });
    return stored ? { message: toChatMessage(stored), created: true } : null;
  }

  /**
   * A message stored just now goes to the conversation's room but for `origin`, the connection
   * that sent it and has its answer; a retry of a stored clientId was broadcast the first time.
   */
  broadcast(result: SendResult, origin?: string): void {
    if (result.created) {
      this.realtime.messageCreated(result.message, origin);
    }
  }

  private async named(rows: MessageEntity[]): Promise<ChatMessage[]> {
    const names = await this.senderNames.of(rows);
    return rows.map((row) => toChatMessage(row, names.get(row.senderUserId ?? '') ?? null));
  }

  /** Everything after `afterSeq`, oldest first, a page at a time. */
  async sync(
    user: AuthUser,
    conversationId: string,
    afterSeq: number,
    limit: number = CHAT_LIMITS.syncPageDefault,
  ): Promise<SyncResult> {
    await this.access.require(user, conversationId);
    const rows = await this.messages.listAfter(conversationId, afterSeq, limit + 1);
    return {
      messages: await this.named(rows.slice(0, limit)),
      hasMore: rows.length > limit,
    };
  }

  /**
   * History by seq. `afterSeq` pages forward (oldest first); otherwise the page just before
   * `beforeSeq` (or the newest page), also oldest first, with `nextCursor` paging further back.
   */
  async history(
    user: AuthUser,
    conversationId: string,
    query: ListMessagesQuery,
  ): Promise<Page<ChatMessage>> {
    await this.access.require(user, conversationId);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const { afterSeq, beforeSeq } = query.cursor ? fromCursor(query) : query;
    if (afterSeq !== undefined) {
      const rows = await this.messages.listAfter(conversationId, afterSeq, limit + 1, beforeSeq);
      const page = rows.slice(0, limit);
      const more = rows.length > limit;
      return {
        items: await this.named(page),
        nextCursor: more ? toCursor({ afterSeq: page[page.length - 1].seq, beforeSeq }) : null,
      };
    }
    const rows = await this.messages.listBefore(conversationId, beforeSeq, limit + 1);
    const more = rows.length > limit;
    const page = more ? rows.slice(1) : rows;
    return {
      items: await this.named(page),
      nextCursor: more ? toCursor({ beforeSeq: page[0].seq }) : null,
    };
  }
}

interface SeqBounds {
  afterSeq?: number;
  beforeSeq?: number;
}

function toCursor(bounds: SeqBounds): string {
  const key: Record<string, string> = {};
  if (bounds.afterSeq !== undefined) {
    key.after = String(bounds.afterSeq);
  }
  if (bounds.beforeSeq !== undefined) {
    key.before = String(bounds.beforeSeq);
  }
  return encodeCursor(key);
}

/** A cursor replaces afterSeq/beforeSeq: it carries the bounds of the next page. */
function fromCursor(query: ListMessagesQuery): SeqBounds {
  if (query.afterSeq !== undefined || query.beforeSeq !== undefined) {
    throw InvalidInputError.field(
      'cursor',
      'cursor replaces afterSeq and beforeSeq; send one or the other',
    );
  }
  const key: Record<string, unknown> = decodeCursor(query.cursor ?? '', {});
  const bounds: SeqBounds = {};
  for (const [field, name] of [
    ['after', 'afterSeq'],
    ['before', 'beforeSeq'],
  ] as const) {
    const value = key[field];
    if (value === undefined) {
      continue;
    }
    if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) {
      throw InvalidInputError.field(
        'cursor',
        'cursor is not valid; use nextCursor from the previous page',
      );
    }
    bounds[name] = Number(value);
  }
  return bounds;
}
