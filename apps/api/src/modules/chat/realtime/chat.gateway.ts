import { Logger, UseFilters } from '@nestjs/common';
import {
  Ack,
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { ReadAck, SendMessageAck, SyncAck, TypingAck } from '@jcc/contracts';
import { SessionSockets } from '../../auth/session-sockets';
import { NotificationSockets } from '../../notifications/notification-sockets';
import { ConversationsService } from '../conversations/conversations.service';
import { MessagesService, type SendResult } from '../messages/messages.service';
import { AckExceptionFilter } from './ack-exception.filter';
import { ChatRealtime } from './chat-realtime';
import type { ChatServer, ChatSocket } from './chat-socket.types';
import { PerSocketQueue } from './per-socket-queue';
import { LastSeenRecorder } from './last-seen-recorder';
import { PresenceTracker } from './presence-tracker';
import { SocketAdmission } from './socket-admission';
import { answer } from './socket-ack';
import {
  parsePayload,
  ReadPayloadDto,
  SendMessagePayloadDto,
  SyncPayloadDto,
  TypingPayloadDto,
} from './socket-payloads';

/**
 * As thin as a controller: each event is parsed, handed to a service with the socket's user, and
 * answered with an ack. The socket id goes along as an opaque origin so that broadcasts skip the
 * sender's own socket, which has its ack.
 */
@WebSocketGateway()
@UseFilters(AckExceptionFilter)
export class ChatGateway
  implements
    OnGatewayInit<ChatServer>,
    OnGatewayConnection<ChatSocket>,
    OnGatewayDisconnect<ChatSocket>
{
  private readonly logger = new Logger(ChatGateway.name);
  /** A socket's messages are stored in the order it sent them. */
  private readonly sends = new PerSocketQueue<ChatSocket>();

  constructor(
    private readonly admission: SocketAdmission,
    private readonly presence: PresenceTracker,
    private readonly lastSeen: LastSeenRecorder,
    private readonly realtime: ChatRealtime,
    private readonly messages: MessagesService,
    private readonly conversations: ConversationsService,
    private readonly sessionSockets: SessionSockets,
    private readonly notificationSockets: NotificationSockets,
  ) {}

  afterInit(server: ChatServer): void {
    server.use(this.admission.middleware());
    this.realtime.attach(server);
    this.presence.attach(server);
    this.sessionSockets.attach(server);
    this.notificationSockets.attach(server);
  }

  handleConnection(socket: ChatSocket): void {
    this.admission.watchExpiry(socket);
    void this.admission.rejoin(socket);
    void this.presence.connected(socket);
    void this.lastSeen.connected(socket.data.user.id);
  }

  handleDisconnect(socket: ChatSocket): void {
    void this.presence.disconnected(socket);
    void this.lastSeen.disconnected(socket.data.user.id);
  }

  /**
   * Stored → ack → broadcast: the ack is written to the sender's connection before the message
   * goes to anyone else, so the sender never hears of its own message from another tab first.
   * The ack is sent by hand (`@Ack`) because the broadcast must follow it.
   */
  @SubscribeMessage('message:send')
  send(
    @ConnectedSocket() socket: ChatSocket,
    @MessageBody() payload: unknown,
    @Ack() ack: ((reply: SendMessageAck) => void) | undefined,
  ): Promise<void> {
    return this.sends.run(socket, async () => {
      const sent: { result?: SendResult } = {};
      const reply = await answer(this.logger, async () => {
        const input = parsePayload(SendMessagePayloadDto, payload);
        sent.result = await this.messages.store(socket.data.user, input);
        return { message: sent.result.message };
      });
      if (typeof ack === 'function') {
        ack(reply);
      }
      if (sent.result) {
        this.messages.broadcast(sent.result, socket.id);
      }
    });
  }

  @SubscribeMessage('conversation:sync')
  sync(@ConnectedSocket() socket: ChatSocket, @MessageBody() payload: unknown): Promise<SyncAck> {
    return answer(this.logger, () => {
      const input = parsePayload(SyncPayloadDto, payload);
      return this.messages.sync(
        socket.data.user,
        input.conversationId,
        input.afterSeq,
        input.limit,
      );
    });
  }

  @SubscribeMessage('typing')
  typing(
    @ConnectedSocket() socket: ChatSocket,
    @MessageBody() payload: unknown,
  ): Promise<TypingAck> {
    return answer(this.logger, async () => {
      const input = parsePayload(TypingPayloadDto, payload);
      await this.conversations.typing(socket.data.user, input.conversationId, socket.id);
      return {};
    });
  }

  @SubscribeMessage('message:read')
  read(@ConnectedSocket() socket: ChatSocket, @MessageBody() payload: unknown): Promise<ReadAck> {
    return answer(this.logger, async () => {
      const input = parsePayload(ReadPayloadDto, payload);
      const position = await this.conversations.markRead(
        socket.data.user,
        input.conversationId,
        input.seq,
        socket.id,
      );
      return { seq: position.seq, unread: position.unread };
    });
  }
}
