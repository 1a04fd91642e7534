import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import {
  CHAT_LIMITS,
  type ContactRequestChangedEvent,
  type ContactRequestOpportunity,
  type ContactRequestResponse,
  type ContactStateResponse,
  type ContactStatesResponse,
  type ConversationEnvelope,
  type Page,
} from '@jcc/contracts';
import type { AuthUser } from '../../../common/auth-user';
import { InvalidInputError } from '../../../common/errors/domain-error';
import { cursorFields, decodeCursor } from '../../../common/pagination/cursor';
import type { PageQuery } from '../../../common/pagination/page-query';
import { keysetPage } from '../../../common/pagination/keyset-page';
import { CompaniesService } from '../../companies/companies.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { chatErrors } from '../chat-errors';
import { toContactRequestResponse } from '../chat.mapper';
import { ConversationsService, firmsPairKey } from '../conversations/conversations.service';
import { MessagesRepository } from '../messages/messages.repository';
import { effectiveStatus, type ContactRequestEntity } from '../entities/contact-request.entity';
import { AfterCommit } from '../../../database/after-commit';
import { ChatRealtime } from '../realtime/chat-realtime';
import { ContactRequestNotifier } from './contact-request.notifier';
import { ContactRequestsRepository, OpenRequestExists } from './contact-requests.repository';
import type { CreateContactRequestDto } from './dto/create-contact-request.dto';
import type { ListContactRequestsQuery } from './dto/list-contact-requests.query';

const quotaKey = (companyId: string) => `contact-quota:${companyId}`;

/**
 * Firms talk only after one asked and the other accepted. Every decision about a pair of firms
 * takes that pair's advisory lock first (then, to create, the asking firm's quota lock; always in
 * this order, so two transactions never wait on each other in a circle).
 */
@Injectable()
export class ContactRequestsService {
  constructor(
    private readonly requests: ContactRequestsRepository,
    private readonly conversations: ConversationsService,
    private readonly messages: MessagesRepository,
    private readonly companies: CompaniesService,
    private readonly notifications: NotificationsService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly notifier: ContactRequestNotifier,
    private readonly realtime: ChatRealtime,
    private readonly afterCommit: AfterCommit,
  ) {}

  /**
   * `about`: the opportunity this request answers (the opportunities board calls this inside its
   * own transaction, which this one joins, so its interest row and the request commit together).
   */
  async create(
    user: AuthUser,
    input: CreateContactRequestDto,
    about: ContactRequestOpportunity | null = null,
  ): Promise<ContactRequestResponse> {
    const from = firmOf(user);
    const to = input.toCompanyId.toLowerCase();
    if (to === from) {
      throw InvalidInputError.field('toCompanyId', 'toCompanyId is your own firm');
    }
    // Only a verified firm reaches out (403 company_not_verified), and only to one it can see.
    await this.companies.assertMayContact(from);
    // 404 for a firm that does not exist or that the caller may not see (pending, rejected).
    await this.companies.get(to, user);
    const fromFirm = await this.companies.get(from, user);
    const request = await this.txHost.withTransaction(async () => {
      await this.requests.lock(firmsPairKey(from, to));
      await this.requests.lock(quotaKey(from));
      if (await this.conversations.existsBetweenFirms(from, to)) {
        throw chatErrors.conversationExists();
      }
      await this.requests.expireOverdue(from, to);
      if (await this.requests.hasOpenBetween(from, to)) {
        throw chatErrors.requestPending();
      }
      const limit = CHAT_LIMITS.pendingRequestsPerFirm;
      if ((await this.requests.countOpenFrom(from)) >= limit) {
        throw chatErrors.quotaExceeded(limit);
      }
      const inserted = await this.requests
        .insert({
          fromCompanyId: from,
          toCompanyId: to,
          fromUserId: user.id,
          message: input.message?.trim() ?? '',
          ttlDays: CHAT_LIMITS.contactRequestTtlDays,
          opportunity: about,
        })
        .catch((error: unknown) => {
          // The locks make this unreachable; the unique index is the last word all the same.
          throw error instanceof OpenRequestExists ? chatErrors.requestPending() : error;
        });
      await this.notifications.notify({
        recipients: [{ companyId: to }],
        kind: 'contact_request.received',
        params: { companyName: await this.nameOf(from), requestId: inserted.id },
        link: '/contacts',
      });
      await this.notifier.received(inserted, fromFirm.name);
      this.changed(inserted, 'pending');
      return inserted;
    });
    return (await this.toResponses([request]))[0];
  }

  async list(
    user: AuthUser,
    query: ListContactRequestsQuery,
  ): Promise<Page<ContactRequestResponse>> {
    const companyId = firmOf(user);
    const after = query.cursor
      ? decodeCursor(query.cursor, { at: cursorFields.timestamp, id: cursorFields.uuid })
      : null;
    return keysetPage(
      query,
      (limit) => this.requests.list(query.box ?? 'in', companyId, after, limit),
      {
        items: (rows) => this.toResponses(rows.map((row) => row.request)),
        key: (row) => ({ at: row.sortAt, id: row.request.id }),
      },
    );
  }

  /**
   * Where the caller's firm stands with each firm of `companyIds` (a page of cards): connected
   * wins over a pending request; a firm's own id and firms with nothing between them are `none`.
   */
  async states(user: AuthUser, companyIds: string[]): Promise<ContactStatesResponse> {
    const own = firmOf(user);
    const others = [...new Set(companyIds.map((id) => id.toLowerCase()))];
    const [conversations, open] = await Promise.all([
      this.conversations.idsWithFirms(own, others),
      this.requests.openWith(own, others),
    ]);
    const states = others.map((companyId): ContactStateResponse => {
      const conversationId = conversations.get(companyId);
      if (conversationId) {
        return { companyId, state: 'connected', requestId: null, conversationId };
      }
      const request = open.find(
        (row) => row.toCompanyId === companyId || row.fromCompanyId === companyId,
      );
      if (!request || companyId === own) {
        return { companyId, state: 'none', requestId: null, conversationId: null };
      }
      const state = request.fromCompanyId === own ? 'sent' : 'received';
      return { companyId, state, requestId: request.id, conversationId: null };
    });
    return { states };
  }

  private async nameOf(companyId: string): Promise<string> {
    return (await this.companies.summaries([companyId])).get(companyId)?.name ?? '';
  }

  /** Staff: unclaimed firms with requests waiting, longest waiting first (keyset pages). */
  waitingForUnclaimedFirms(
    query: PageQuery,
  ): Promise<Page<{ companyId: string; waiting: number; oldestAt: Date }>> {
    const after = query.cursor
      ? decodeCursor(query.cursor, { at: cursorFields.timestamp, id: cursorFields.uuid })
      : null;
    return keysetPage(
      query,
      (limit) => this.requests.waitingForFirmsWithoutAccounts(after, limit),
      {
        items: (rows) =>
          rows.map(({ companyId, waiting, oldestAt }) => ({ companyId, waiting, oldestAt })),
        key: (row) => ({ at: row.sortAt, id: row.companyId }),
      },
    );
  }

  /** The addressed firm accepts: the request and the new conversation commit together. */
  async accept(user: AuthUser, id: string): Promise<ConversationEnvelope> {
    const request = await this.findForAddressee(user, id);
    // A firm that lost its verification since the request was sent cannot open a conversation.
    await this.companies.assertMayContact(request.toCompanyId);
    const acceptingFirm = await this.companies.get(request.toCompanyId, user);
    const pair: [string, string] = [request.fromCompanyId, request.toCompanyId];
    const conversationId = await this.txHost.withTransaction(async () => {
      await this.requests.lock(firmsPairKey(...pair));
      const opened = await this.conversations.openBetweenFirms(pair, user.id);
      if (opened.created) {
        await this.introduce(request, opened.id);
      }
      const answered = await this.requests.answer(id, {
        status: 'accepted',
        userId: user.id,
        conversationId: opened.id,
      });
      if (!answered) {
        // Rolls back the conversation opened above.
        throw await this.notAnswerable(id);
      }
      await this.notifications.notify({
        recipients: [{ companyId: request.fromCompanyId }],
        kind: 'contact_request.accepted',
        params: { companyName: await this.nameOf(request.toCompanyId), conversationId: opened.id },
        link: `/messages/${opened.id}`,
      });
      await this.notifier.accepted(request, acceptingFirm.name, opened.id);
      this.changed(request, 'accepted');
      return opened.id;
    });
    return { conversation: await this.conversations.announce(user, conversationId) };
  }

  async decline(user: AuthUser, id: string): Promise<{ request: ContactRequestResponse }> {
    const request = await this.findForAddressee(user, id);
    const answered = await this.txHost.withTransaction(async () => {
      await this.requests.lock(firmsPairKey(request.fromCompanyId, request.toCompanyId));
      const row = await this.requests.answer(id, {
        status: 'declined',
        userId: user.id,
        conversationId: null,
      });
      if (row) {
        this.changed(row, 'declined');
      }
      return row;
    });
    if (!answered) {
      throw await this.notAnswerable(id);
    }
    return { request: (await this.toResponses([answered]))[0] };
  }

  /**
   * `contact-request:changed` once the caller's transaction commits (never if it rolls back): a
   * new request to the addressed firm's people (their count of requests to answer grows), an
   * answer to both firms' (the count shrinks, the sender's card changes). Expiry is computed at
   * read time and has no moment to announce; the web's slow poll covers it.
   */
  private changed(
    request: Pick<ContactRequestEntity, 'id' | 'fromCompanyId' | 'toCompanyId'>,
    status: ContactRequestChangedEvent['status'],
  ): void {
    const payload: ContactRequestChangedEvent = {
      requestId: request.id,
      fromCompanyId: request.fromCompanyId,
      toCompanyId: request.toCompanyId,
      status,
    };
    const firms =
      status === 'pending' ? [request.toCompanyId] : [request.fromCompanyId, request.toCompanyId];
    this.afterCommit.run(() =>
      this.realtime.toFirms(firms, false, 'contact-request:changed', payload),
    );
  }

  /**
   * The request's message opens the conversation as its seq 1, from the requester, so the firm
   * that accepted sees what it answered. The request's id is the client id: a repeat inserts
   * nothing.
   */
  private async introduce(request: ContactRequestEntity, conversationId: string): Promise<void> {
    // A request without words, or whose author's account is gone, opens an empty conversation.
    if (!request.message.trim() || !request.fromUserId) {
      return;
    }
    await this.messages.insertNextInTransaction({
      conversationId,
      clientId: request.id,
      senderUserId: request.fromUserId,
      senderCompanyId: request.fromCompanyId,
      body: request.message,
    });
  }

  /** 404 unless the caller's firm is on the request; 403 for the firm that sent it. */
  private async findForAddressee(user: AuthUser, id: string): Promise<ContactRequestEntity> {
    const request = await this.requests.findById(id);
    if (!request || !user.companyId) {
      throw chatErrors.requestNotFound();
    }
    if (request.toCompanyId === user.companyId) {
      return request;
    }
    throw request.fromCompanyId === user.companyId
      ? chatErrors.notAddressee()
      : chatErrors.requestNotFound();
  }

  private async notAnswerable(id: string) {
    const current = await this.requests.findById(id);
    return chatErrors.requestNotPending(current ? effectiveStatus(current) : 'gone');
  }

  private async toResponses(requests: ContactRequestEntity[]): Promise<ContactRequestResponse[]> {
    const companies = await this.companies.summaries(
      requests.flatMap((request) => [request.fromCompanyId, request.toCompanyId]),
    );
    return requests.map((request) => toContactRequestResponse(request, companies));
  }
}

/** Contact requests are between firms: the caller must be a member account with a company. */
function firmOf(user: AuthUser): string {
  if (user.role !== 'member') {
    throw chatErrors.membersOnly();
  }
  if (!user.companyId) {
    throw chatErrors.companyRequired();
  }
  return user.companyId;
}
