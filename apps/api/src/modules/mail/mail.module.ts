import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { UsersModule } from '../users/users.module';
import { DevMailboxController } from './dev-mailbox.controller';
import { MailDeliveryRepository } from './mail-delivery.repository';
import { MailLifecycle } from './mail-lifecycle';
import { MailPreferencesController } from './mail-preferences.controller';
import { MailPreferencesService } from './mail-preferences.service';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailOutboxService } from './mail-outbox.service';
import { MailOutboxWorker } from './mail-outbox.worker';
import { mailTransportProviders, usesDevMailCatcher } from './mail-transport.provider';
import { NotificationPreferencesRepository } from './notification-preferences.repository';

/**
 * Mail: the outbox (`MailOutboxService.enqueue`, in the caller's transaction), the templates,
 * the sender worker and the transport. Global, so any feature module can inject
 * MailOutboxService without importing this module.
 */
@Global()
@Module({})
export class MailModule {
  static forRoot(config: AppConfig): DynamicModule {
    const devMailbox = usesDevMailCatcher(config);
    return {
      module: MailModule,
      imports: [UsersModule],
      controllers: devMailbox
        ? [MailPreferencesController, DevMailboxController]
        : [MailPreferencesController],
      providers: [
        MailOutboxRepository,
        NotificationPreferencesRepository,
        MailOutboxService,
        MailPreferencesService,
        MailDeliveryRepository,
        MailOutboxWorker,
        ...mailTransportProviders(config),
        MailLifecycle,
      ],
      exports: [MailOutboxService, MailPreferencesService],
    };
  }
}
