import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chamber staff workspace: the append-only audit log, the review state of firms (verification
 * queue), member imports, chamber-held contacts, and trade delegations.
 */
export class ChamberWork1764410000000 implements MigrationInterface {
  name = 'ChamberWork1764410000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // No foreign key on the actor: ON DELETE SET NULL would have to UPDATE a row the log promises
    // never to change. The e-mail is copied so that an entry still says who it was.
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_user_id uuid,
        actor_email text,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query(`CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC)`);
    await queryRunner.query(
      `CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id)`,
    );
    // Append-only is the database's promise, not only the application's: no UPDATE, DELETE or
    // TRUNCATE gets through, whoever connects.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);

    // pending_since: when the firm last entered the queue (null: since it was created).
    // last_review: what staff saw and decided last time, to show what changed since.
    await queryRunner.query(`ALTER TABLE companies ADD COLUMN pending_since timestamptz`);
    await queryRunner.query(`ALTER TABLE companies ADD COLUMN last_review jsonb`);
    await queryRunner.query(`
      CREATE INDEX companies_review_queue_idx ON companies ((coalesce(pending_since, created_at)), id)
      WHERE verification = 'pending'`);
    // Imports find an existing firm by name + city when the row has no registration number.
    await queryRunner.query(
      `CREATE INDEX companies_name_city_idx ON companies (country, lower(name), lower(city))`,
    );

    // Contact details the chamber holds for a firm (from its member list); staff-only.
    await queryRunner.query(`
      CREATE TABLE chamber_contacts (
        company_id uuid PRIMARY KEY REFERENCES companies(id) ON DELETE CASCADE,
        contact_name text,
        email text,
        phone text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        file_name text NOT NULL,
        format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
        dry_run boolean NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
        total integer NOT NULL DEFAULT 0,
        done integer NOT NULL DEFAULT 0,
        created_count integer NOT NULL DEFAULT 0,
        matched_count integer NOT NULL DEFAULT 0,
        failed_count integer NOT NULL DEFAULT 0,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX imports_created_idx ON imports (created_at DESC, id DESC)`,
    );
    // One row per data row of the file and its outcome, written with the batch that decided it.
    await queryRunner.query(`
      CREATE TABLE import_rows (
        import_id uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        row_number integer NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('created', 'matched', 'failed')),
        company_id uuid REFERENCES companies(id) ON DELETE SET NULL,
        matched_by text CHECK (matched_by IN ('registrationNumber', 'nameAndCity')),
        name text,
        errors jsonb,
        PRIMARY KEY (import_id, row_number)
      )`);
    await queryRunner.query(
      `CREATE INDEX import_rows_outcome_idx ON import_rows (import_id, outcome, row_number)`,
    );

    await queryRunner.query(`
      CREATE TABLE delegations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (char_length(title) BETWEEN 3 AND 200),
        direction text NOT NULL CHECK (direction IN ('PK_TO_AZ', 'AZ_TO_PK')),
        host_city text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        sectors text[] NOT NULL,
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
        created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      )`);
    await queryRunner.query(
      `CREATE INDEX delegations_starts_idx ON delegations (starts_on DESC, id DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE delegation_members (
        delegation_id uuid NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('invited', 'applied', 'accepted', 'confirmed', 'declined', 'waitlisted')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (delegation_id, company_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX delegation_members_company_idx ON delegation_members (company_id, delegation_id)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE delegation_members`);
    await queryRunner.query(`DROP TABLE delegations`);
    await queryRunner.query(`DROP TABLE import_rows`);
    await queryRunner.query(`DROP TABLE imports`);
    await queryRunner.query(`DROP TABLE chamber_contacts`);
    await queryRunner.query(`DROP INDEX companies_name_city_idx`);
    await queryRunner.query(`DROP INDEX companies_review_queue_idx`);
    await queryRunner.query(`ALTER TABLE companies DROP COLUMN last_review`);
    await queryRunner.query(`ALTER TABLE companies DROP COLUMN pending_since`);
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse_change()`);
  }
}
