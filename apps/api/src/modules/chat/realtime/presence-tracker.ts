import { Injectable, Logger } from '@nestjs/common';
import { rooms, type ChatServer, type ChatSocket } from './chat-socket.types';

/**
 * A firm is online while at least one socket of its members is connected, on any API process
 * (fetchSockets asks them all through the adapter). Partners hear about changes in the rooms of
 * their shared conversations; a newcomer is told the current state of each partner.
 */
@Injectable()
export class PresenceTracker {
  private readonly logger = new Logger(PresenceTracker.name);
  private server: ChatServer | null = null;

  attach(server: ChatServer): void {
    this.server = server;
  }

  /** Announces the socket's firm online (again: idempotent for listeners) and tells the socket who is. */
  async connected(socket: ChatSocket): Promise<void> {
    const { user, partnerCompanyIds } = socket.data;
    if (user.companyId) {
      this.announce(user.companyId, conversationRooms(socket), true);
    }
    // Rooms are gone by the time `disconnect` fires: remember them on the way out.
    socket.once('disconnecting', () => {
      socket.data.lastConversationRooms = conversationRooms(socket);
    });
    if (partnerCompanyIds.length === 0 || !this.server) {
      return;
    }
    try {
      const sockets = await this.server.in(partnerCompanyIds.map(rooms.company)).fetchSockets();
      const online = new Set(sockets.map((other) => other.data.user.companyId));
      for (const companyId of partnerCompanyIds) {
        socket.emit('presence', { companyId, online: online.has(companyId) });
      }
    } catch (error) {
      this.logger.warn(`presence lookup failed: ${String(error)}`);
    }
  }

  async disconnected(socket: ChatSocket): Promise<void> {
    const companyId = socket.data.user.companyId;
    if (!companyId || !this.server) {
      return;
    }
    try {
      const remaining = await this.server.in(rooms.company(companyId)).fetchSockets();
      if (remaining.length === 0) {
        this.announce(companyId, socket.data.lastConversationRooms ?? [], false);
      }
    } catch (error) {
      this.logger.warn(`presence lookup failed: ${String(error)}`);
    }
  }

  private announce(companyId: string, conversationRoomNames: string[], online: boolean): void {
    if (!this.server || conversationRoomNames.length === 0) {
      return;
    }
    this.server
      .to(conversationRoomNames)
      .except(rooms.company(companyId))
      .emit('presence', { companyId, online });
  }
}

function conversationRooms(socket: ChatSocket): string[] {
  return [...socket.rooms].filter((room) => room.startsWith('conversation:'));
}
