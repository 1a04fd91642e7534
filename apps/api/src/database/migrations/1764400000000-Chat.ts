import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contact requests, conversations between firms (or the chamber and a firm), messages, reads. */
export class Chat1764400000000 implements MigrationInterface {
  name = 'Chat1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // `last_seq` is the per-conversation counter: a send locks this row, takes last_seq + 1 and
    // stores it in the same statement, so seqs have no gaps and no duplicates. `pair_key` makes
    // "one conversation per pair of firms" (and one chamber conversation per firm) a constraint.
    // last_seq and last_activity_at are left out of every index on purpose: each message updates
    // them, and an update that touches no indexed column is HOT (no index writes) as long as the
    // page has room, hence the fillfactor.
    await queryRunner.query(`
      CREATE TABLE conversations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('firms', 'chamber')),
        pair_key text NOT NULL UNIQUE,
        last_seq integer NOT NULL DEFAULT 0,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      ) WITH (fillfactor = 70)`);
    await queryRunner.query(`
      CREATE TABLE conversation_companies (
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, company_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX conversation_companies_company_idx ON conversation_companies (company_id, conversation_id)`,
    );

    // (conversation_id, client_id) is the idempotency key of a send: a retry hits the constraint
    // instead of racing a prior read.
    await queryRunner.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        seq integer NOT NULL CHECK (seq > 0),
        client_id uuid NOT NULL,
        sender_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        sender_company_id uuid REFERENCES companies(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT messages_conversation_seq_key UNIQUE (conversation_id, seq),
        CONSTRAINT messages_conversation_client_key UNIQUE (conversation_id, client_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE conversation_reads (
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        last_read_seq integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (conversation_id, user_id)
      )`);

    // A request past expires_at counts as expired even before a write marks it so.
    await queryRunner.query(`
      CREATE TABLE contact_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        to_company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        from_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        message text NOT NULL DEFAULT '' CHECK (char_length(message) <= 1000),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'expired')),
        expires_at timestamptz NOT NULL,
        responded_at timestamptz,
        responded_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        conversation_id uuid REFERENCES conversations(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (from_company_id <> to_company_id)
      )`);
    // At most one open request between two firms, whichever of them asked.
    await queryRunner.query(`
      CREATE UNIQUE INDEX contact_requests_open_pair_key ON contact_requests (
        LEAST(from_company_id, to_company_id), GREATEST(from_company_id, to_company_id)
      ) WHERE status = 'pending'`);
    await queryRunner.query(
      `CREATE INDEX contact_requests_from_idx ON contact_requests (from_company_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX contact_requests_to_idx ON contact_requests (to_company_id, created_at DESC, id DESC)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE contact_requests`);
    await queryRunner.query(`DROP TABLE conversation_reads`);
    await queryRunner.query(`DROP TABLE messages`);
    await queryRunner.query(`DROP TABLE conversation_companies`);
    await queryRunner.query(`DROP TABLE conversations`);
  }
}
