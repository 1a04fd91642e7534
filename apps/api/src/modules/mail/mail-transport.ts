/** A mail ready for the wire: the outbox row, rendered. */
export interface OutgoingMail {
  messageId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

/**
 * Where the worker hands mails over: SMTP (nodemailer) to the configured server, or to the
 * in-process catcher in development and tests.
 */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  /**
   * Whether a mail with this Message-ID has already reached the server, when the transport can
   * tell (the dev catcher can; a real SMTP relay cannot, and answers null = unknown).
   */
  alreadyDelivered(messageId: string): Promise<boolean | null>;
  close(): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
