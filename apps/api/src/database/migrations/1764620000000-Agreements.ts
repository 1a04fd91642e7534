import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agreements register (issue 12): agreements between firms or institutions, their parties,
 * commitments with due dates, the append-only history of status updates, and one reminder per
 * overdue commitment. A party keeps the name and country it had when the agreement was recorded,
 * so the register, the overdue lists and the dashboard read no other feature's table.
 */
export class Agreements1764620000000 implements MigrationInterface {
  name = 'Agreements1764620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('mou', 'agreement')),
        summary text NOT NULL DEFAULT '' CHECK (char_length(summary) <= 4000),
        bilateral boolean NOT NULL,
        sectors text[] NOT NULL DEFAULT '{}',
        signed_on date NOT NULL,
        source_kind text NOT NULL CHECK (source_kind IN ('match', 'conversation', 'meeting', 'other')),
        source_ref uuid,
        document_url text CHECK (char_length(document_url) <= 2000),
        responsible_staff_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((source_kind = 'other') = (source_ref IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX agreements_created_idx ON agreements (created_at DESC, id DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE agreement_parties (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        company_id uuid REFERENCES companies(id) ON DELETE SET NULL,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        country char(2) NOT NULL CHECK (country IN ('PK', 'AZ')),
        position smallint NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX agreement_parties_company_key ON agreement_parties (agreement_id, company_id) WHERE company_id IS NOT NULL`,
    );
    // "Agreements my firm is party to" walks this index, newest first.
    await queryRunner.query(
      `CREATE INDEX agreement_parties_company_idx ON agreement_parties (company_id, agreement_id) WHERE company_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX agreement_parties_agreement_idx ON agreement_parties (agreement_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE agreement_commitments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        owner_party_id uuid NOT NULL REFERENCES agreement_parties(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        kind text NOT NULL DEFAULT 'general' CHECK (kind IN ('general', 'first_shipment')),
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
        notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 1000),
        -- Copies of the owner party's country and the agreement's sectors (kept in step by the
        -- repository): the overdue counts by country and sector then need no join.
        owner_country char(2) NOT NULL,
        sectors text[] NOT NULL DEFAULT '{}',
        done_at timestamptz,
        position smallint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX agreement_commitments_agreement_idx ON agreement_commitments (agreement_id)`,
    );
    // The reminder sweep and the overdue list read only unfinished commitments, by due date.
    await queryRunner.query(
      `CREATE INDEX agreement_commitments_open_due_idx ON agreement_commitments (due_on) WHERE status IN ('open', 'in_progress')`,
    );
    await queryRunner.query(`
      CREATE TABLE agreement_status_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        commitment_id uuid REFERENCES agreement_commitments(id) ON DELETE CASCADE,
        from_status text,
        to_status text,
        note text NOT NULL CHECK (char_length(note) BETWEEN 1 AND 1000),
        author_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        author_name text NOT NULL,
        author_company_id uuid REFERENCES companies(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(
      `CREATE INDEX agreement_status_updates_agreement_idx ON agreement_status_updates (agreement_id, created_at)`,
    );
    // The history is kept: no UPDATE or DELETE of an entry, whoever connects (cascades from a
    // deleted agreement aside, which the application never does).
    await queryRunner.query(`
      CREATE FUNCTION agreement_status_updates_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'agreement_status_updates is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER agreement_status_updates_append_only BEFORE UPDATE ON agreement_status_updates
      FOR EACH ROW EXECUTE FUNCTION agreement_status_updates_refuse_update()`);
    // One reminder per commitment, ever: the primary key is what makes two API processes that
    // sweep at the same time raise it once (INSERT … ON CONFLICT DO NOTHING).
    await queryRunner.query(`
      CREATE TABLE agreement_reminders (
        commitment_id uuid PRIMARY KEY REFERENCES agreement_commitments(id) ON DELETE CASCADE,
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        due_on date NOT NULL,
        recipient_company_id uuid REFERENCES companies(id) ON DELETE SET NULL,
        recipient_staff_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        raised_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreement_reminders`);
    await queryRunner.query(`DROP TABLE agreement_status_updates`);
    await queryRunner.query(`DROP FUNCTION agreement_status_updates_refuse_update()`);
    await queryRunner.query(`DROP TABLE agreement_commitments`);
    await queryRunner.query(`DROP TABLE agreement_parties`);
    await queryRunner.query(`DROP TABLE agreements`);
  }
}
