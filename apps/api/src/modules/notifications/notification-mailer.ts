import { Injectable, Logger } from '@nestjs/common';
import type { NotificationParams } from '@jcc/contracts';
import type { NotificationMail } from './notify-input';

/**
 * Hands a notification's mail to the outbox (modules/mail) for each recipient, in the caller's
 * transaction. Until the mail module is merged in, mails are only logged.
 */
@Injectable()
export class NotificationMailer {
  private readonly logger = new Logger(NotificationMailer.name);

  enqueue(userIds: string[], mail: NotificationMail, params: NotificationParams): Promise<void> {
    this.logger.debug(
      `mail ${mail.template} (${mail.category}) for ${userIds.length} users not sent: no outbox (${Object.keys(mail.params ?? params).length} params)`,
    );
    return Promise.resolve();
  }
}
