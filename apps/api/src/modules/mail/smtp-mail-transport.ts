import { createTransport, type Transporter } from 'nodemailer';
import type { MailTransport, OutgoingMail } from './mail-transport';

/** Sends through any SMTP server (nodemailer); the URL carries host, port, TLS and credentials. */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly onCaughtCheck: ((messageId: string) => boolean) | null = null,
  ) {
    this.transporter = createTransport({
      url: smtpUrl,
      // Bounded, so that a stuck server fails an attempt well within the worker's claim lease.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: mail.headers,
      messageId: mail.messageId,
    });
  }

  alreadyDelivered(messageId: string): Promise<boolean | null> {
    return Promise.resolve(this.onCaughtCheck ? this.onCaughtCheck(messageId) : null);
  }

  close(): Promise<void> {
    this.transporter.close();
    return Promise.resolve();
  }
}
