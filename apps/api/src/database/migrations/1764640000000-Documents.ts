import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents (issue 14): one table for every stored file, whatever it belongs to (`owner_kind` +
 * `owner_id`: a firm, a conversation, an agreement); `company_id` is the firm whose quota it
 * counts against. `client_id` makes a retried upload (chat attachments) one document. Staff's
 * requests for missing papers; and a chat message may carry an attachment (a snapshot of the
 * document's name, type and size, so that history needs no join).
 */
export class Documents1764640000000 implements MigrationInterface {
  name = 'Documents1764640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_kind text NOT NULL CHECK (owner_kind IN ('company', 'conversation', 'agreement')),
        owner_id uuid NOT NULL,
        category text NOT NULL CHECK (category IN
          ('evidence', 'catalogue', 'certificate', 'price_list', 'attachment', 'agreement')),
        paper text CHECK (paper IN
          ('ntn_certificate', 'secp_incorporation', 'voen_extract', 'chamber_membership', 'other')),
        company_id uuid,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        content_type text NOT NULL,
        size bigint NOT NULL CHECK (size > 0),
        storage_key text NOT NULL UNIQUE,
        thumbnail_key text,
        issuer text CHECK (length(issuer) <= 200),
        expires_on date,
        scan_status text NOT NULL DEFAULT 'clean' CHECK (scan_status IN ('pending', 'clean', 'refused')),
        client_id uuid,
        uploaded_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (owner_kind, owner_id, client_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX documents_owner_idx ON documents (owner_kind, owner_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(`CREATE INDEX documents_company_idx ON documents (company_id)`);
    await queryRunner.query(`
      CREATE TABLE paper_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL,
        papers text[] NOT NULL CHECK (cardinality(papers) BETWEEN 1 AND 5),
        note text CHECK (length(note) <= 1000),
        requested_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX paper_requests_company_idx ON paper_requests (company_id, created_at DESC)`,
    );
    await queryRunner.query(`ALTER TABLE messages ADD COLUMN attachment jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE messages DROP COLUMN attachment`);
    await queryRunner.query(`DROP TABLE paper_requests`);
    await queryRunner.query(`DROP TABLE documents`);
  }
}
