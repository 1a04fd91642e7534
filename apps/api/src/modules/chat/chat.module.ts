import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuthModule } from '../auth/auth.module';
import { CompaniesModule } from '../companies/companies.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ContactRequestsController } from './contact-requests/contact-requests.controller';
import { ContactRequestsRepository } from './contact-requests/contact-requests.repository';
import { ContactRequestNotifier } from './contact-requests/contact-request.notifier';
import { ContactRequestsService } from './contact-requests/contact-requests.service';
import { ConversationAccess } from './conversations/conversation-access';
import { ConversationsController } from './conversations/conversations.controller';
import { ConversationsRepository } from './conversations/conversations.repository';
import { ConversationsService } from './conversations/conversations.service';
import { MessageDigestJob } from './digests/message-digest.job';
import { MessageDigestsRepository } from './digests/message-digests.repository';
import { CHAT_ENTITIES } from './entities';
import { MessagesController } from './messages/messages.controller';
import { MessagesRepository } from './messages/messages.repository';
import { MessagesService } from './messages/messages.service';
import { SenderNames } from './messages/sender-names';
import { UsersModule } from '../users/users.module';
import { ChatGateway } from './realtime/chat.gateway';
import { ChatRealtime } from './realtime/chat-realtime';
import { LastSeenRecorder } from './realtime/last-seen-recorder';
import { PresenceTracker } from './realtime/presence-tracker';
import { UserPresenceRepository } from './realtime/user-presence.repository';
import { SocketAdmission } from './realtime/socket-admission';
import { SocketSessionService } from './realtime/socket-session.service';

/** Contact requests, conversations and messages, over REST and socket.io. */
@Module({
  imports: [
    TypeOrmModule.forFeature(CHAT_ENTITIES),
    AuthModule,
    CompaniesModule,
    NotificationsModule,
    UsersModule,
    // The handshake verifies access tokens exactly as AuthModule signs them.
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [ContactRequestsController, ConversationsController, MessagesController],
  providers: [
    ContactRequestsRepository,
    ConversationsRepository,
    MessagesRepository,
    ConversationAccess,
    ContactRequestsService,
    ContactRequestNotifier,
    ConversationsService,
    MessagesService,
    SenderNames,
    ChatRealtime,
    PresenceTracker,
    UserPresenceRepository,
    LastSeenRecorder,
    MessageDigestsRepository,
    MessageDigestJob,
    SocketSessionService,
    SocketAdmission,
    ChatGateway,
  ],
  exports: [ConversationsService, ContactRequestsService, MessagesService, ChatRealtime],
})
export class ChatModule {}
