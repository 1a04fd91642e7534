import { Injectable, Logger } from '@nestjs/common';
import type { NotificationNewEvent } from '@jcc/contracts';

/** The part of socket.io's server this needs; the chat gateway hands its server over at start. */
interface RoomServer {
  to(room: string | string[]): {
    emit(event: 'notification:new', payload: NotificationNewEvent): unknown;
  };
}

/**
 * Reaches a user's sockets (room `user:<id>`, joined at the handshake) on every process, through
 * the socket.io adapter. Called only after the notification's transaction committed.
 */
@Injectable()
export class NotificationSockets {
  private readonly logger = new Logger(NotificationSockets.name);
  private server: RoomServer | null = null;

  attach(server: RoomServer): void {
    this.server = server;
  }

  deliver(userId: string, event: NotificationNewEvent): void {
    if (!this.server) {
      // A script using the services has no sockets; the row is what the bell reads anyway.
      this.logger.debug(`no socket server: notification for ${userId} only stored`);
      return;
    }
    this.server.to(`user:${userId}`).emit('notification:new', event);
  }
}
