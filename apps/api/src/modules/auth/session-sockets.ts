import { Injectable, Logger } from '@nestjs/common';
import type { SessionRevokedEvent, SessionRevokedReason } from '@jcc/contracts';

/** The part of socket.io's server this needs; the chat gateway hands its server over at start. */
interface RoomServer {
  in(room: string | string[]): {
    emit(event: 'session:revoked', payload: SessionRevokedEvent): unknown;
    disconnectSockets(close?: boolean): void;
  };
}

/** Room names shared with the socket admission (every socket joins its login's and user's). */
export const sessionRooms = {
  login: (familyId: string) => `login:${familyId}`,
  user: (userId: string) => `user:${userId}`,
  company: (companyId: string) => `company:${companyId}`,
};

/**
 * Ends open sockets when the session behind them ends, on every process: both the reason and the
 * disconnect go through the socket.io adapter (the Redis streams adapter relays them in order),
 * so a socket on another process is gone within the adapter's latency, not when its token expires.
 * Call after the revocation is committed, so a reconnect is refused by the handshake.
 */
@Injectable()
export class SessionSockets {
  private readonly logger = new Logger(SessionSockets.name);
  private server: RoomServer | null = null;

  attach(server: RoomServer): void {
    this.server = server;
  }

  /** One login (a refresh-token family): logout, refresh-token reuse. */
  endLogin(familyId: string, reason: SessionRevokedReason): void {
    this.end(sessionRooms.login(familyId), reason);
  }

  /** Every login of a user: password or role change. */
  endUser(userId: string, reason: SessionRevokedReason): void {
    this.end(sessionRooms.user(userId), reason);
  }

  /** Every member of a firm: the firm was suspended. */
  endCompany(companyId: string, reason: SessionRevokedReason): void {
    this.end(sessionRooms.company(companyId), reason);
  }

  private end(room: string, reason: SessionRevokedReason): void {
    if (!this.server) {
      return;
    }
    try {
      this.server.in(room).emit('session:revoked', { reason });
      this.server.in(room).disconnectSockets(true);
    } catch (error) {
      // The revocation itself is committed: the handshake refuses these logins from now on.
      this.logger.warn(`could not end the sockets of ${room}: ${String(error)}`);
    }
  }
}
