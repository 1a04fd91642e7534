import type { MailCategory, UiLocale } from '@jcc/contracts';
import type { MailParams } from './templates/mail-template';

/** What a feature asks `MailOutboxService.enqueue` to send. */
export interface EnqueueMail {
  /** The recipient's address. */
  to: string;
  /**
   * The recipient's user id when they have an account: needed for non-essential mails (their
   * preferences are checked and the unsubscribe link names them).
   */
  userId?: string | null;
  /** A registered template name (modules/mail/templates/index.ts). */
  template: string;
  /** The recipient's saved language (`users.locale`), not the sender's. */
  locale: UiLocale;
  params: MailParams;
  /** 'essential' is always sent; any other category obeys the recipient's preferences. */
  category: MailCategory;
  /**
   * At most one mail per key, ever: a second enqueue with the same key writes nothing (e.g.
   * `digest:<userId>:<conversationId>:<hour>`).
   */
  dedupeKey?: string;
}
