import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  id: string;
  receivedAt: Date;
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  /** The whole message as it came over SMTP. */
  raw: string;
}

const KEEP_AT_MOST = 500;

/**
 * The development and test mail server: a real SMTP server on 127.0.0.1 (a free port) inside the
 * API process, so that mails take the same nodemailer → SMTP path as in production. It keeps the
 * last 500 mails in memory for the development mailbox (staff only) and for tests. Never started
 * in production (the app refuses to start there without SMTP_URL).
 */
export class DevMailCatcher {
  private readonly mails: CaughtMail[] = [];
  private server: SMTPServer | null = null;
  private port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw)
            .then((parsed) => {
              this.keep(parsed, raw.toString('utf8'));
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Newest first. */
  list(): CaughtMail[] {
    return [...this.mails].reverse();
  }

  find(id: string): CaughtMail | null {
    return this.mails.find((mail) => mail.id === id) ?? null;
  }

  countByMessageId(messageId: string): number {
    return this.mails.filter((mail) => mail.messageId === messageId).length;
  }

  clear(): void {
    this.mails.length = 0;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  private keep(parsed: Awaited<ReturnType<typeof simpleParser>>, raw: string): void {
    const to = [parsed.to ?? []]
      .flat()
      .flatMap((address) => address.value.map((value) => value.address ?? ''));
    const headers: Record<string, string> = {};
    for (const line of parsed.headerLines) {
      headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
    }
    this.mails.push({
      id: randomUUID(),
      receivedAt: new Date(),
      messageId: parsed.messageId ?? '',
      from: parsed.from?.text ?? '',
      to,
      subject: parsed.subject ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      text: parsed.text ?? '',
      headers,
      raw,
    });
    if (this.mails.length > KEEP_AT_MOST) {
      this.mails.splice(0, this.mails.length - KEEP_AT_MOST);
    }
  }
}
