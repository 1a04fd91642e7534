import { Module } from '@nestjs/common';
import { AfterCommit } from '../../database/after-commit';
import { UsersModule } from '../users/users.module';
import { NotificationMailer } from './notification-mailer';
import { NotificationSockets } from './notification-sockets';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/**
 * In-app notifications. Import this module and call `NotificationsService.notify` inside your
 * transaction (see docs/architecture.md, "Notifications"). The chat gateway attaches the socket
 * server to `NotificationSockets` at start.
 */
@Module({
  imports: [UsersModule],
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    NotificationsRepository,
    NotificationSockets,
    NotificationMailer,
    AfterCommit,
  ],
  exports: [NotificationsService, NotificationSockets, AfterCommit],
})
export class NotificationsModule {}
