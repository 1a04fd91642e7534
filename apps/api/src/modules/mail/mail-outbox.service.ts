import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { NotificationCategory } from '@jcc/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UsersService } from '../users/users.service';
import { appUrl, mailDomain } from './mail-links';
import { MailOutboxRepository } from './mail-outbox.repository';
import type { EnqueueMail } from './mail-types';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { renderMail } from './templates/mail-layout';
import { mailTemplate } from './templates';
import { UnsubscribeTokens } from './unsubscribe-token';

/**
 * The seam every feature sends mail through. `enqueue` renders the mail in the recipient's
 * language and writes it to the outbox *in the caller's current transaction* (txHost), so the mail
 * exists exactly when the event that causes it commits; the outbox worker sends it later.
 * Call it inside `txHost.withTransaction(...)` together with the change it reports.
 */
@Injectable()
export class MailOutboxService {
  private readonly unsubscribe: UnsubscribeTokens;
  private readonly baseUrl: string;
  private readonly domain: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly outbox: MailOutboxRepository,
    private readonly preferences: NotificationPreferencesRepository,
    private readonly users: UsersService,
  ) {
    this.unsubscribe = new UnsubscribeTokens(config.jwtSecret);
    this.baseUrl = appUrl(config.env);
    this.domain = mailDomain(config.env);
  }

  /**
   * One mail to each person of a firm, each in their own language and by their own preferences
   * (in the caller's transaction). `dedupeKey`, when given, is made per user.
   */
  async enqueueForCompany(
    companyId: string,
    mail: Omit<EnqueueMail, 'to' | 'userId' | 'locale'>,
  ): Promise<void> {
    for (const user of await this.users.membersOf(companyId)) {
      await this.enqueue({
        ...mail,
        to: user.email,
        userId: user.id,
        locale: user.locale,
        dedupeKey: mail.dedupeKey ? `${mail.dedupeKey}:${user.id}` : undefined,
      });
    }
  }

  /**
   * Returns the outbox row's id, or null when nothing was written: the recipient turned this
   * category off, or a mail with the same `dedupeKey` exists.
   */
  async enqueue(mail: EnqueueMail): Promise<string | null> {
    const template = mailTemplate(mail.template);
    const userId = mail.userId ?? null;
    const optional: NotificationCategory | null =
      mail.category === 'essential' ? null : mail.category;
    if (optional && userId && !(await this.preferences.mailAllowed(userId, optional))) {
      return null;
    }
    const unsubscribeToken = optional && userId ? this.unsubscribe.sign(userId, optional) : null;
    const unsubscribeUrl = unsubscribeToken
      ? `${this.baseUrl}/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}`
      : null;
    const rendered = renderMail(template, mail.locale, mail.params, {
      link: (path) => `${this.baseUrl}${path.startsWith('/') ? '' : '/'}${path}`,
      unsubscribeUrl,
    });
    const headers: Record<string, string> = {};
    if (unsubscribeToken) {
      // RFC 8058 one-click: the mail client POSTs "List-Unsubscribe=One-Click" to this URL.
      headers['List-Unsubscribe'] =
        `<${this.baseUrl}/api/mail/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    const id = randomUUID();
    const written = await this.outbox.insert({
      id,
      to: mail.to,
      userId,
      template: template.name,
      locale: mail.locale,
      category: mail.category,
      params: mail.params,
      ...rendered,
      headers,
      // Fixed here, once: every attempt to send this row carries the same Message-ID.
      messageId: `<${id}@${this.domain}>`,
      dedupeKey: mail.dedupeKey ?? null,
    });
    return written ? id : null;
  }
}
