import { Injectable, Logger } from '@nestjs/common';
import type { SessionRevokedEvent, SessionRevokedReason } from '@jcc/contracts';

/** The part of socket.io's server this needs; the chat gateway hands its server over at start. */
interface RoomOperator {
  emit(event: 'session:revoked', payload: SessionRevokedEvent): unknown;
  disconnectSockets(close?: boolean): void;
  except(room: string | string[]): RoomOperator;
}

interface RoomServer {
  in(room: string | string[]): RoomOperator;
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

  /**
   * Every login of a user but the one given: a password change ends the other devices and keeps
   * the one it was made from (the adapter applies `except` on every process).
   */
  endUserExceptLogin(userId: string, keepFamilyId: string, reason: SessionRevokedReason): void {
    this.end(sessionRooms.user(userId), reason, sessionRooms.login(keepFamilyId));
  }

  /** Every member of a firm: the firm was suspended. */
  endCompany(companyId: string, reason: SessionRevokedReason): void {
    this.end(sessionRooms.company(companyId), reason);
  }

  private end(room: string, reason: SessionRevokedReason, exceptRoom?: string): void {
    const server = this.server;
    if (!server) {
      return;
    }
    const target = () => (exceptRoom ? server.in(room).except(exceptRoom) : server.in(room));
    try {
      target().emit('session:revoked', { reason });
      target().disconnectSockets(true);
    } catch (error) {
      // The revocation itself is committed: the handshake refuses these logins from now on.
      this.logger.warn(`could not end the sockets of ${room}: ${String(error)}`);
    }
  }
}
