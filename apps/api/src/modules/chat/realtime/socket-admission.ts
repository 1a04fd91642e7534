import { Injectable, Logger } from '@nestjs/common';
import type { ConnectErrorData } from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../../common/auth-user';
import { sessionRooms } from '../../auth/session-sockets';
import { ConversationsService } from '../conversations/conversations.service';
import { rooms, type ChatSocket } from './chat-socket.types';
import { HandshakeRefused, SocketSessionService } from './socket-session.service';

type ConnectError = Error & { data: ConnectErrorData };

/** Longest a timer may wait (setTimeout's 32-bit limit); tokens live minutes, not weeks. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Admits sockets: the namespace middleware authenticates the handshake and puts the socket into
 * its rooms before the client hears "connected"; after connecting, the session is watched so that
 * it ends with its access token.
 */
@Injectable()
export class SocketAdmission {
  private readonly logger = new Logger(SocketAdmission.name);

  constructor(
    private readonly sessions: SocketSessionService,
    private readonly conversations: ConversationsService,
  ) {}

  middleware() {
    return (socket: ChatSocket, next: (error?: Error) => void) => {
      this.admit(socket).then(
        () => next(),
        (error: unknown) => next(this.refusal(error)),
      );
    };
  }

  /** Ends the socket's session when its token expires; the client reconnects with a fresh one. */
  watchExpiry(socket: ChatSocket): void {
    const delay = Math.min(Math.max(socket.data.expiresAt - Date.now(), 0), MAX_TIMER_MS);
    const timer = setTimeout(() => {
      socket.emit('session:expired', { code: 'token_expired' });
      socket.disconnect(true);
    }, delay);
    socket.once('disconnect', () => clearTimeout(timer));
  }

  /**
   * A conversation opened while this socket was between its membership read and its connection
   * missed it: `socketsJoin` only reaches connected sockets. Reading once more now that the socket
   * is connected (and in its firm's room) closes that gap; joining a room twice is harmless.
   */
  async rejoin(socket: ChatSocket): Promise<void> {
    try {
      const { conversationIds } = await this.conversations.socketMemberships(socket.data.user);
      await socket.join(conversationIds.map(rooms.conversation));
    } catch (error) {
      this.logger.warn(`could not re-read memberships: ${String(error)}`);
    }
  }

  private async admit(socket: ChatSocket): Promise<void> {
    const { headers, auth } = socket.handshake;
    const session = await this.sessions.authenticate({
      token: (auth as { token?: unknown } | undefined)?.token,
      origin: headers.origin,
      host: headers.host,
    });
    // The firm's room first, then the read: a conversation opened in between reaches the socket
    // through socketsJoin on that room (see rejoin for the rest of that story).
    await socket.join([...ownRooms(session.user), sessionRooms.login(session.familyId)]);
    const memberships = await this.conversations.socketMemberships(session.user);
    await socket.join(memberships.conversationIds.map(rooms.conversation));
    socket.data = { ...session, partnerCompanyIds: memberships.partnerCompanyIds };
  }

  private refusal(error: unknown): ConnectError {
    if (!(error instanceof HandshakeRefused)) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    // A failure on our side (database down) is not the client's: it may retry as it is.
    return error instanceof HandshakeRefused
      ? Object.assign(new Error('unauthorized'), { data: { code: error.code } })
      : Object.assign(new Error('unavailable'), { data: { code: 'unavailable' as const } });
  }
}

function ownRooms(user: AuthUser): string[] {
  return [
    rooms.user(user.id),
    ...(user.companyId ? [rooms.company(user.companyId)] : []),
    ...(isStaff(user) ? [rooms.staff] : []),
  ];
}
