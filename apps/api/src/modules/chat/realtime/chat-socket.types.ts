import type { ClientToServerEvents, ServerToClientEvents } from '@jcc/contracts';
import type { Server, Socket } from 'socket.io';
import type { AuthUser } from '../../../common/auth-user';

/** What the handshake attaches to a socket. */
export interface ChatSocketData {
  user: AuthUser;
  /** When the access token runs out (ms since the epoch). */
  expiresAt: number;
  /** The login the token belongs to (room `login:<familyId>`, see SessionSockets). */
  familyId: string;
  /** Firms this user has a conversation with: whose presence it is told. */
  partnerCompanyIds: string[];
  /** The conversation rooms it was in, kept while disconnecting (for the offline notice). */
  lastConversationRooms?: string[];
}

type NoInterServerEvents = Record<string, never>;

export type ChatServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  NoInterServerEvents,
  ChatSocketData
>;
export type ChatSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  NoInterServerEvents,
  ChatSocketData
>;

/** Room names. Every socket is in its user's room, its firm's (or the staff) room, and its conversations'. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  company: (companyId: string) => `company:${companyId}`,
  conversation: (conversationId: string) => `conversation:${conversationId}`,
  staff: 'staff',
};
