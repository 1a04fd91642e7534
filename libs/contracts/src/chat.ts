import type { NotificationNewEvent } from './notifications';
import type { ErrorCode } from './error-codes';
import type { ContactRequestOpportunity } from './opportunities';
import type { MeetingRequestEvent, MeetingSchedulePublishedEvent } from './meetings';
import type { CompanySummary, FieldError } from './wire';

/** Limits the API enforces; the web app checks the same numbers before sending. */
export const CHAT_LIMITS = {
  /** Characters (Unicode code points) of a message body. */
  bodyMinLength: 1,
  bodyMaxLength: 4000,
  contactNoteMaxLength: 1000,
  /** Pending (unanswered, unexpired) contact requests one firm may have out at once. */
  pendingRequestsPerFirm: 20,
  contactRequestTtlDays: 14,
  /** Default for `message:send` and POST …/messages: this many per window per user. */
  messagesPerWindow: 20,
  rateWindowSeconds: 10,
  /** Largest socket.io packet the server reads; bigger ones close the connection. */
  maxSocketPacketBytes: 64 * 1024,
  /** Most messages one `conversation:sync` answer carries (then `hasMore: true`). */
  syncPageMax: 1000,
  syncPageDefault: 500,
} as const;

export const CONTACT_REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'expired'] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];

/** `firms`: two firms after an accepted contact request; `chamber`: chamber staff and one firm. */
export type ConversationKind = 'firms' | 'chamber';

export interface ChatMessage {
  id: string;
  conversationId: string;
  /** 1, 2, 3 … per conversation, no gaps: the order every participant sees. */
  seq: number;
  clientId: string;
  senderUserId: string | null;
  /** null when chamber staff wrote it (staff belong to no firm). */
  senderCompanyId: string | null;
  /** Who wrote it (colleagues of a firm share its conversations); null if the account is gone. */
  senderName: string | null;
  body: string;
  /** A file sent with the message (documents module); null for a text message. */
  attachment?: ChatAttachment | null;
  createdAt: string;
}

export interface ChatAttachment {
  documentId: string;
  name: string;
  contentType: string;
  size: number;
  hasThumbnail: boolean;
}

export interface ContactRequestResponse {
  id: string;
  fromCompany: CompanySummary;
  toCompany: CompanySummary;
  message: string;
  status: ContactRequestStatus;
  createdAt: string;
  expiresAt: string;
  respondedAt: string | null;
  /** Set once accepted. */
  conversationId: string | null;
  /** The opportunity this request expresses interest in (opportunities board), else null. */
  opportunity: ContactRequestOpportunity | null;
}

/**
 * Where the caller's firm stands with another firm, for a card's button: `none` (may ask),
 * `sent` (its request is pending), `received` (the other firm asked; answer it), `connected`
 * (a conversation exists). GET /api/contact-requests/states?companyIds=…
 */
export const CONTACT_STATES = ['none', 'sent', 'received', 'connected'] as const;
export type ContactState = (typeof CONTACT_STATES)[number];

export interface ContactStateResponse {
  companyId: string;
  state: ContactState;
  /** The pending request (for `sent` and `received`). */
  requestId: string | null;
  /** The firms' conversation (for `connected`). */
  conversationId: string | null;
}

export interface ContactStatesResponse {
  states: ContactStateResponse[];
}

export interface ConversationResponse {
  id: string;
  kind: ConversationKind;
  /** The firms in it (for `chamber`, the one firm; the chamber side is its staff). */
  participants: CompanySummary[];
  lastMessage: ChatMessage | null;
  /** seq of the newest message (0 when empty): sync from your own last seq up to this. */
  lastSeq: number;
  /** The caller's read position. */
  readSeq: number;
  /** The highest seq the other side (the other firm; for a chamber conversation, staff or the firm) has read. */
  peerReadSeq: number;
  /** Messages after `readSeq` written by others. */
  unread: number;
  createdAt: string;
  lastActivityAt: string;
}

export interface ConversationEnvelope {
  conversation: ConversationResponse;
}

export interface ReadPositionResponse {
  conversationId: string;
  seq: number;
  unread: number;
}

// ---------------------------------------------------------------------------------------------
// Socket.io (default namespace, path /socket.io, handshake `auth: { token }`)
// ---------------------------------------------------------------------------------------------

/**
 * A refused handshake: `connect_error` with message `unauthorized` and this in `error.data`
 * (message `unavailable`, code `unavailable` when the server could not check: retry later).
 */
export interface ConnectErrorData {
  code: Extract<ErrorCode, 'unauthorized' | 'token_expired' | 'origin_not_allowed' | 'unavailable'>;
}

export interface AckFailure {
  ok: false;
  error: {
    /** From the catalogue: invalid_input, not_found, rate_limited, client_id_taken, internal, … */
    code: ErrorCode;
    message: string;
    /** For `invalid_input`: which fields, as in REST 400s. */
    fields?: FieldError[];
  };
}

export type Ack<T extends object> = ({ ok: true } & T) | AckFailure;

export interface SendMessagePayload {
  conversationId: string;
  clientId: string;
  body: string;
}

export interface SyncPayload {
  conversationId: string;
  afterSeq: number;
  /** Default 500, at most 1000; when more are waiting the answer says `hasMore: true`. */
  limit?: number;
}

export interface TypingPayload {
  conversationId: string;
}

export interface ReadPayload {
  conversationId: string;
  seq: number;
}

export type SendMessageAck = Ack<{ message: ChatMessage }>;
export type SyncAck = Ack<{ messages: ChatMessage[]; hasMore: boolean }>;
export type ReadAck = Ack<{ seq: number; unread: number }>;
export type TypingAck = Ack<object>;

export interface ClientToServerEvents {
  'message:send': (payload: SendMessagePayload, ack: (response: SendMessageAck) => void) => void;
  'conversation:sync': (payload: SyncPayload, ack: (response: SyncAck) => void) => void;
  typing: (payload: TypingPayload, ack?: (response: TypingAck) => void) => void;
  'message:read': (payload: ReadPayload, ack?: (response: ReadAck) => void) => void;
}

export interface TypingEvent {
  conversationId: string;
  userId: string;
}

export interface ReadEvent {
  conversationId: string;
  userId: string;
  seq: number;
}

export interface PresenceEvent {
  companyId: string;
  online: boolean;
}

export interface SessionExpiredEvent {
  code: Extract<ErrorCode, 'token_expired'>;
}

/** Why the server ended a socket's session before its token ran out. */
export type SessionRevokedReason =
  | 'logout'
  | 'login_revoked'
  | 'password_changed'
  | 'password_reset'
  | 'role_changed'
  | 'company_suspended'
  /** The firm's owner removed this user from the firm (colleagues, issue 13). */
  | 'removed_from_company';

export interface SessionRevokedEvent {
  reason: SessionRevokedReason;
}

/**
 * Socket event `contact-request:changed` (issue 16, finding 3): a contact request between two
 * firms was sent (to every member of the addressed firm) or answered (to every member of both
 * firms), sent after the change committed. It carries no count, since each firm counts its own
 * box: clients read their requests again (GET /api/contact-requests?box=in).
 */
export interface ContactRequestChangedEvent {
  requestId: string;
  fromCompanyId: string;
  toCompanyId: string;
  /** What the request is now: `pending` when it was just sent. */
  status: Extract<ContactRequestStatus, 'pending' | 'accepted' | 'declined'>;
}

export interface ServerToClientEvents {
  'message:new': (payload: { message: ChatMessage }) => void;
  typing: (payload: TypingEvent) => void;
  'message:read': (payload: ReadEvent) => void;
  presence: (payload: PresenceEvent) => void;
  /** A conversation the socket's user is now in (contact request accepted, staff opened one). */
  'conversation:new': (payload: ConversationEnvelope) => void;
  /** The access token ran out: the server disconnects; reconnect with a fresh token. */
  'session:expired': (payload: SessionExpiredEvent) => void;
  /** The login was ended (logout, revocation, password or role change, firm suspended): the
   * server disconnects right after; show the reason, then sign in again or refresh. */
  'session:revoked': (payload: SessionRevokedEvent) => void;
  /** Meetings (issue 11): a request was sent or answered; to both firms and staff. */
  'meeting:request': (payload: MeetingRequestEvent) => void;
  /** Meetings: staff published a visit's schedule; to its participating firms and staff. */
  'meeting:schedule-published': (payload: MeetingSchedulePublishedEvent) => void;
  /** A new in-app notification for the socket's user (sent after its transaction commits). */
  'notification:new': (payload: NotificationNewEvent) => void;
  /** A contact request was sent to the socket's firm, or one of its requests was answered. */
  'contact-request:changed': (payload: ContactRequestChangedEvent) => void;
}
