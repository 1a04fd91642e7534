import type {
  ChatMessage,
  CompanySummary,
  ContactRequestResponse,
  ConversationResponse,
} from '@jcc/contracts';
import { effectiveStatus, type ContactRequestEntity } from './entities/contact-request.entity';
import type { MessageEntity } from './entities/message.entity';

/** A stored message as it goes over the wire (REST answers, acks and `message:new` alike). */
export function toChatMessage(
  message: MessageEntity,
  senderName: string | null = null,
): ChatMessage {
  return {
    id: message.id,
    conversationId: message.conversationId,
    seq: message.seq,
    clientId: message.clientId,
    senderUserId: message.senderUserId,
    senderCompanyId: message.senderCompanyId,
    senderName,
    body: message.body,
    attachment: message.attachment ?? null,
    createdAt: message.createdAt.toISOString(),
  };
}

export function toContactRequestResponse(
  request: ContactRequestEntity,
  companies: ReadonlyMap<string, CompanySummary>,
): ContactRequestResponse {
  return {
    id: request.id,
    fromCompany: companyOf(companies, request.fromCompanyId),
    toCompany: companyOf(companies, request.toCompanyId),
    message: request.message,
    status: effectiveStatus(request),
    createdAt: request.createdAt.toISOString(),
    expiresAt: request.expiresAt.toISOString(),
    respondedAt: request.respondedAt?.toISOString() ?? null,
    conversationId: request.conversationId,
    opportunity:
      request.opportunityId && request.opportunityTitle && request.opportunityKind
        ? {
            id: request.opportunityId,
            title: request.opportunityTitle,
            kind: request.opportunityKind,
          }
        : null,
  };
}

/** One user's view of a conversation: the read position and unread count are the caller's. */
export interface ConversationView {
  id: string;
  kind: ConversationResponse['kind'];
  lastSeq: number;
  readSeq: number;
  peerReadSeq: number;
  unread: number;
  createdAt: Date;
  lastActivityAt: Date;
}

export function toConversationResponse(
  view: ConversationView,
  participants: CompanySummary[],
  lastMessage: MessageEntity | null,
  senderNames: ReadonlyMap<string, string> = new Map(),
): ConversationResponse {
  return {
    id: view.id,
    kind: view.kind,
    participants,
    lastMessage: lastMessage
      ? toChatMessage(lastMessage, senderNames.get(lastMessage.senderUserId ?? '') ?? null)
      : null,
    lastSeq: view.lastSeq,
    readSeq: view.readSeq,
    peerReadSeq: view.peerReadSeq,
    unread: view.unread,
    createdAt: view.createdAt.toISOString(),
    lastActivityAt: view.lastActivityAt.toISOString(),
  };
}

/** Foreign keys (ON DELETE CASCADE) guarantee both firms of a request exist. */
function companyOf(companies: ReadonlyMap<string, CompanySummary>, id: string): CompanySummary {
  const company = companies.get(id);
  if (!company) {
    throw new Error(`Company ${id} of a contact request was not loaded`);
  }
  return company;
}
