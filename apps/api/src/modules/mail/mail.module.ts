import { Global, Module } from '@nestjs/common';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailOutboxService } from './mail-outbox.service';
import { NotificationPreferencesRepository } from './notification-preferences.repository';

/**
 * Mail: the outbox (`MailOutboxService.enqueue`, in the caller's transaction), the templates,
 * the sender worker and the transport. Global, so any feature module can inject
 * MailOutboxService without importing this module.
 */
@Global()
@Module({
  providers: [MailOutboxRepository, NotificationPreferencesRepository, MailOutboxService],
  exports: [MailOutboxService],
})
export class MailModule {}
