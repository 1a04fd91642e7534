import { Injectable, Logger } from '@nestjs/common';
import type {
  ChatMessage,
  ConversationResponse,
  ReadEvent,
  ServerToClientEvents,
  TypingEvent,
} from '@jcc/contracts';
import { rooms, type ChatServer } from './chat-socket.types';

/** Who should see a newly opened conversation. */
export interface ConversationAudience {
  companyIds: string[];
  /** Chamber conversations are shared by every staff account. */
  staff: boolean;
}

/**
 * The services' way to reach sockets, on this process and (through the adapter) on the others.
 * Services call it after their transaction commits; they never see a socket. `except` is the
 * connection id of the socket that caused the event, which already has its answer (the ack).
 */
@Injectable()
export class ChatRealtime {
  private readonly logger = new Logger(ChatRealtime.name);
  private server: ChatServer | null = null;

  attach(server: ChatServer): void {
    this.server = server;
  }

  messageCreated(message: ChatMessage, except?: string): void {
    this.to(rooms.conversation(message.conversationId), except)?.emit('message:new', { message });
  }

  readMoved(event: ReadEvent, except?: string): void {
    this.to(rooms.conversation(event.conversationId), except)?.emit('message:read', event);
  }

  typing(event: TypingEvent, except?: string): void {
    this.to(rooms.conversation(event.conversationId), except)?.emit('typing', event);
  }

  /**
   * Puts every connected socket of the audience into the conversation's room at once (on every
   * process), then tells them about it. Both go through the adapter in order.
   */
  conversationOpened(conversation: ConversationResponse, audience: ConversationAudience): void {
    if (!this.server) {
      return;
    }
    const targets = [
      ...audience.companyIds.map(rooms.company),
      ...(audience.staff ? [rooms.staff] : []),
    ];
    this.server.in(targets).socketsJoin(rooms.conversation(conversation.id));
    this.server.to(targets).emit('conversation:new', { conversation });
  }

  /**
   * An event about firms (meetings, contact requests) to every socket of these firms' users and,
   * with `staff`, to every staff socket. Callers send it after their transaction commits.
   */
  toFirms<
    E extends 'meeting:request' | 'meeting:schedule-published' | 'contact-request:changed',
  >(
    companyIds: readonly string[],
    staff: boolean,
    event: E,
    payload: Parameters<ServerToClientEvents[E]>[0],
  ): void {
    const targets = [...new Set(companyIds)].map(rooms.company);
    if (staff) {
      targets.push(rooms.staff);
    }
    if (!this.server || targets.length === 0) {
      return;
    }
    (this.server.to(targets).emit as (name: string, body: unknown) => boolean)(event, payload);
  }

  private to(room: string, except?: string) {
    if (!this.server) {
      // Without a gateway (a script using the services) there is nobody to tell.
      this.logger.debug(`no socket server: nothing broadcast to ${room}`);
      return null;
    }
    return except ? this.server.to(room).except(except) : this.server.to(room);
  }
}
