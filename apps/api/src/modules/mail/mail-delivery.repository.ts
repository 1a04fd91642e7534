import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';

export interface ClaimedMail {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  messageId: string;
  attempts: number;
  claimToken: string;
  /** A previous claim ended without a verdict (a crash or a lost database between send and mark). */
  inDoubt: boolean;
}

interface ClaimedRow {
  id: string;
  to_address: string;
  subject: string;
  html: string;
  text_body: string;
  headers: Record<string, string>;
  message_id: string;
  attempts: number;
  claim_token: string;
  previous_status: string;
}

/** The worker's side of `mail_outbox`: claim due rows, then record each attempt's verdict. */
@Injectable()
export class MailDeliveryRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Claims up to `limit` due rows for `leaseMs` in one statement. `FOR UPDATE SKIP LOCKED` lets
   * several workers (several API processes) scan at once without waiting on or taking each other's
   * rows, and the claim (status `sending`, a fresh token, a lease) commits with the statement, so
   * no other worker picks the row again until the lease has run out.
   */
  async claimDue(limit: number, leaseMs: number, claimToken: string): Promise<ClaimedMail[]> {
    const [rows]: [ClaimedRow[], number] = await this.txHost.tx.query(
      `WITH due AS (
         SELECT id, status AS previous_status FROM mail_outbox
          WHERE status IN ('pending', 'sending') AND next_attempt_at <= now()
            AND (status = 'pending' OR claimed_until < now())
          ORDER BY next_attempt_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED
       )
       UPDATE mail_outbox m
          SET status = 'sending', claim_token = $2,
              claimed_until = now() + $3 * interval '1 millisecond', attempts = m.attempts + 1
         FROM due WHERE m.id = due.id
       RETURNING m.id, m.to_address, m.subject, m.html, m.text_body, m.headers, m.message_id,
                 m.attempts, m.claim_token, due.previous_status`,
      [limit, claimToken, leaseMs],
    );
    return rows.map((row) => ({
      id: row.id,
      to: row.to_address,
      subject: row.subject,
      html: row.html,
      text: row.text_body,
      headers: row.headers,
      messageId: row.message_id,
      attempts: row.attempts,
      claimToken: row.claim_token,
      inDoubt: row.previous_status === 'sending',
    }));
  }

  /** Only the current claimant's verdict counts (a worker whose lease ran out changes nothing). */
  async markSent(id: string, claimToken: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE mail_outbox
          SET status = 'sent', sent_at = now(), claim_token = NULL, claimed_until = NULL,
              last_error = NULL
        WHERE id = $1 AND claim_token = $2`,
      [id, claimToken],
    );
  }

  async markFailed(
    id: string,
    claimToken: string,
    error: string,
    retryInMs: number,
    giveUp: boolean,
  ): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE mail_outbox
          SET status = $3, next_attempt_at = now() + $4 * interval '1 millisecond',
              claim_token = NULL, claimed_until = NULL, last_error = $5
        WHERE id = $1 AND claim_token = $2`,
      [id, claimToken, giveUp ? 'failed' : 'pending', retryInMs, error.slice(0, 500)],
    );
  }
}
