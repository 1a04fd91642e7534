import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { ConversationResponse, Page, ReadPositionResponse } from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../../common/auth-user';
import { cursorFields, decodeCursor } from '../../../common/pagination/cursor';
import { keysetPage } from '../../../common/pagination/keyset-page';
import { CompaniesService } from '../../companies/companies.service';
import { toConversationResponse } from '../chat.mapper';
import { SenderNames } from '../messages/sender-names';
import { MessagesRepository } from '../messages/messages.repository';
import { ChatRealtime } from '../realtime/chat-realtime';
import { ConversationAccess } from './conversation-access';
import {
  ConversationsRepository,
  type ConversationRow,
  type ConversationScope,
  type Reader,
} from './conversations.repository';
import type { ListConversationsQuery } from './dto/list-conversations.query';

/** The rooms a socket joins and the firms whose presence it follows. */
export interface SocketMemberships {
  conversationIds: string[];
  partnerCompanyIds: string[];
}

export const firmsPairKey = (a: string, b: string) => `firms:${[a, b].sort().join(':')}`;
const chamberPairKey = (companyId: string) => `chamber:${companyId}`;

@Injectable()
export class ConversationsService {
  constructor(
    private readonly conversations: ConversationsRepository,
    private readonly messages: MessagesRepository,
    private readonly access: ConversationAccess,
    private readonly companies: CompaniesService,
    private readonly realtime: ChatRealtime,
    private readonly senderNames: SenderNames,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async list(user: AuthUser, query: ListConversationsQuery): Promise<Page<ConversationResponse>> {
    const scope = scopeOf(user);
    if (!scope) {
      return { items: [], nextCursor: null };
    }
    const after = query.cursor
      ? decodeCursor(query.cursor, { at: cursorFields.timestamp, id: cursorFields.uuid })
      : null;
    return keysetPage(
      query,
      (limit) => this.conversations.list(scope, readerOf(user), after, limit),
      {
        items: (rows) => this.assemble(rows),
        key: (row) => ({ at: row.sortAt, id: row.id }),
      },
    );
  }

  /**
   * The firms of a conversation between two firms, or null (unknown, or the chamber's own):
   * agreements check that their parties really talked where they say they did.
   */
  async firmsOf(conversationId: string): Promise<string[] | null> {
    const facts = await this.conversations.findFacts(conversationId);
    return facts && facts.kind === 'firms' ? facts.companyIds : null;
  }

  async get(user: AuthUser, conversationId: string): Promise<ConversationResponse> {
    await this.access.require(user, conversationId);
    return this.view(user, conversationId);
  }

  /** Staff open (or find) the chamber's conversation with a firm. */
  async openWithFirm(
    staff: AuthUser,
    companyId: string,
  ): Promise<{ conversation: ConversationResponse; created: boolean }> {
    // 404 for an unknown firm; staff see rejected firms too.
    await this.companies.get(companyId, staff);
    const opened = await this.txHost.withTransaction(() =>
      this.conversations.openIfAbsent({
        kind: 'chamber',
        pairKey: chamberPairKey(companyId),
        companyIds: [companyId],
        createdByUserId: staff.id,
      }),
    );
    const conversation = await this.view(staff, opened.id);
    if (opened.created) {
      this.realtime.conversationOpened(conversation, { companyIds: [companyId], staff: true });
    }
    return { conversation, created: opened.created };
  }

  /** For an accepted contact request, inside its transaction. */
  openBetweenFirms(
    companyIds: [string, string],
    createdByUserId: string,
  ): Promise<{ id: string; created: boolean }> {
    return this.conversations.openIfAbsent({
      kind: 'firms',
      pairKey: firmsPairKey(...companyIds),
      companyIds,
      createdByUserId,
    });
  }

  existsBetweenFirms(a: string, b: string): Promise<boolean> {
    return this.conversations.existsWithPairKey(firmsPairKey(a, b));
  }

  /** The conversation of `companyId` with each of `others` that has one: other firm → id. */
  async idsWithFirms(companyId: string, others: string[]): Promise<Map<string, string>> {
    const byKey = await this.conversations.idsByPairKeys(
      others.map((other) => firmsPairKey(companyId, other)),
    );
    const result = new Map<string, string>();
    for (const other of others) {
      const id = byKey.get(firmsPairKey(companyId, other));
      if (id) {
        result.set(other, id);
      }
    }
    return result;
  }

  /** After the opening transaction committed: tell both firms' sockets and put them in the room. */
  async announce(user: AuthUser, conversationId: string): Promise<ConversationResponse> {
    const conversation = await this.view(user, conversationId);
    this.realtime.conversationOpened(conversation, {
      companyIds: conversation.participants.map((company) => company.id),
      staff: conversation.kind === 'chamber',
    });
    return conversation;
  }

  async markRead(
    user: AuthUser,
    conversationId: string,
    seq: number,
    origin?: string,
  ): Promise<ReadPositionResponse> {
    await this.access.require(user, conversationId);
    const readSeq = await this.conversations.advanceRead(conversationId, readerOf(user), seq);
    this.realtime.readMoved({ conversationId, userId: user.id, seq: readSeq }, origin);
    const view = await this.conversations.findView(conversationId, readerOf(user));
    return { conversationId, seq: readSeq, unread: view?.unread ?? 0 };
  }

  async typing(user: AuthUser, conversationId: string, origin: string): Promise<void> {
    await this.access.require(user, conversationId);
    this.realtime.typing({ conversationId, userId: user.id }, origin);
  }

  async socketMemberships(user: AuthUser): Promise<SocketMemberships> {
    const scope = scopeOf(user);
    if (!scope) {
      return { conversationIds: [], partnerCompanyIds: [] };
    }
    const memberships = await this.conversations.memberships(scope);
    memberships.forEach((facts) => this.access.remember(facts));
    const partners = new Set(memberships.flatMap((facts) => facts.companyIds));
    if (user.companyId) {
      partners.delete(user.companyId);
    }
    return {
      conversationIds: memberships.map((facts) => facts.id),
      partnerCompanyIds: [...partners],
    };
  }

  private async view(user: AuthUser, conversationId: string): Promise<ConversationResponse> {
    const row = await this.conversations.findView(conversationId, readerOf(user));
    if (!row) {
      throw new Error(`Conversation ${conversationId} vanished`);
    }
    const [conversation] = await this.assemble([row]);
    return conversation;
  }

  private async assemble(rows: ConversationRow[]): Promise<ConversationResponse[]> {
    const ids = rows.map((row) => row.id);
    const [participantIds, lastMessages] = await Promise.all([
      this.conversations.participantIds(ids),
      this.messages.latestOf(ids.filter((_, index) => rows[index].lastSeq > 0)),
    ]);
    const [companies, names] = await Promise.all([
      this.companies.summaries([...participantIds.values()].flat()),
      this.senderNames.of(lastMessages),
    ]);
    const lastById = new Map(lastMessages.map((message) => [message.conversationId, message]));
    return rows.map((row) =>
      toConversationResponse(
        row,
        (participantIds.get(row.id) ?? []).flatMap((id) => companies.get(id) ?? []),
        lastById.get(row.id) ?? null,
        names,
      ),
    );
  }
}

function scopeOf(user: AuthUser): ConversationScope | null {
  if (isStaff(user)) {
    return { chamber: true };
  }
  return user.companyId ? { companyId: user.companyId } : null;
}

/** Staff read for the chamber (no firm); a member for its firm. */
function readerOf(user: AuthUser): Reader {
  return { id: user.id, companyId: isStaff(user) ? null : user.companyId };
}
