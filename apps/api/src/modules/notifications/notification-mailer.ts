import { Injectable } from '@nestjs/common';
import type { NotificationParams } from '@jcc/contracts';
import { MailOutboxService } from '../mail/mail-outbox.service';
import type { MailParams } from '../mail/templates/mail-template';
import { UsersService } from '../users/users.service';
import type { NotificationMail } from './notify-input';

/**
 * Hands a notification's mail to the outbox (modules/mail) for each recipient, in the caller's
 * transaction and in the recipient's saved language; the outbox drops a category the recipient
 * turned off.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly outbox: MailOutboxService,
    private readonly users: UsersService,
  ) {}

  async enqueue(
    userIds: string[],
    mail: NotificationMail,
    params: NotificationParams,
  ): Promise<void> {
    const recipients = await this.users.findManyByIds(userIds);
    for (const user of recipients) {
      await this.outbox.enqueue({
        to: user.email,
        userId: user.id,
        template: mail.template,
        locale: user.locale,
        params: mail.params ?? toMailParams(params),
        category: mail.category,
        dedupeKey: mail.dedupeKey ? `${mail.dedupeKey}:${user.id}` : undefined,
      });
    }
  }
}

/** Mail templates take strings and numbers; booleans and nulls become text. */
function toMailParams(params: NotificationParams): MailParams {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === 'number' || typeof value === 'string' ? value : String(value),
    ]),
  );
}
