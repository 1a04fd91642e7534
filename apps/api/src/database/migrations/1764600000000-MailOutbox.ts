import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail outbox: a mail is a row written in the same transaction as the event that causes it,
 * rendered already (subject, html, text, headers), and sent later by the outbox worker
 * (modules/mail/mail-outbox.worker.ts). `message_id` is fixed when the row is written, so every
 * attempt to send the row carries the same Message-ID (see the worker for the exactly-once part).
 */
export class MailOutbox1764600000000 implements MigrationInterface {
  name = 'MailOutbox1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        template text NOT NULL,
        locale text NOT NULL,
        category text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        subject text NOT NULL,
        html text NOT NULL,
        text_body text NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        message_id text NOT NULL UNIQUE,
        dedupe_key text,
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        claim_token uuid,
        claimed_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX mail_outbox_dedupe_key ON mail_outbox (dedupe_key) WHERE dedupe_key IS NOT NULL`,
    );
    // The worker's scan: due rows only, oldest first.
    await queryRunner.query(
      `CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status IN ('pending', 'sending')`,
    );
    await queryRunner.query(`CREATE INDEX mail_outbox_user ON mail_outbox (user_id, created_at)`);
    // A user's choice per notification category; no row means "send".
    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        category text NOT NULL,
        mail boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, category)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_preferences`);
    await queryRunner.query(`DROP TABLE mail_outbox`);
  }
}
