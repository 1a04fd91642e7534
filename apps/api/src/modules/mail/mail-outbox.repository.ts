import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';

export interface NewOutboxRow {
  id: string;
  to: string;
  userId: string | null;
  template: string;
  locale: string;
  category: string;
  params: Record<string, unknown>;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  messageId: string;
  dedupeKey: string | null;
}

/** The only writer of `mail_outbox` rows at enqueue time; always in the caller's transaction. */
@Injectable()
export class MailOutboxRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Returns false when a row with the same dedupe key exists (nothing is written then). */
  async insert(row: NewOutboxRow): Promise<boolean> {
    const inserted: unknown[] = await this.txHost.tx.query(
      `INSERT INTO mail_outbox (id, to_address, user_id, template, locale, category, params,
                                subject, html, text_body, headers, message_id, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        row.id,
        row.to,
        row.userId,
        row.template,
        row.locale,
        row.category,
        JSON.stringify(row.params),
        row.subject,
        row.html,
        row.text,
        JSON.stringify(row.headers),
        row.messageId,
        row.dedupeKey,
      ],
    );
    return inserted.length > 0;
  }
}
