import type { MailCategory, NotificationKind, NotificationParams } from '@jcc/contracts';
import type { MailParams } from '../mail/templates/mail-template';

/** A user, or every account of a firm (its owner and colleagues). */
export type NotificationRecipient = { userId: string } | { companyId: string };

/**
 * The mail that goes with a notification (optional): a template of `modules/mail/templates/`,
 * sent to each recipient in their saved language when their preferences allow the category.
 */
export interface NotificationMail {
  template: string;
  /** 'essential' (always sent) or a category the user may turn off. */
  category: MailCategory;
  /** Template parameters; the notification's own params are used when left out. */
  params?: MailParams;
  /** Same key → one mail per recipient, ever (the recipient's id is appended). */
  dedupeKey?: string;
}

export interface NotifyInput {
  recipients: NotificationRecipient[];
  kind: NotificationKind;
  params?: NotificationParams;
  /** Path in the web app the notification opens, e.g. `/app/conversations/<id>`. */
  link?: string | null;
  mail?: NotificationMail;
  /** Users left out even when a firm recipient includes them (whoever caused the event). */
  exceptUserIds?: string[];
}
