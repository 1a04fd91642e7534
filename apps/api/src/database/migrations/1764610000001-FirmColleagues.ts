import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A firm has several accounts (colleagues): each account of a firm is its `owner` or a `member`,
 * and a firm has at most one owner (partial unique index; the team service keeps it exactly one
 * by handing over in one transaction). Existing firms: the oldest account is the owner.
 *
 * Invitations (to a colleague, or staff's invitation to claim an imported firm) keep only the
 * SHA-256 of their token; a token is single use (accepted_at) and expires.
 */
export class FirmColleagues1764610000001 implements MigrationInterface {
  name = 'FirmColleagues1764610000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE users ADD COLUMN company_role text CHECK (company_role IN ('owner', 'member'))`,
    );
    await queryRunner.query(`
      UPDATE users u SET company_role = CASE WHEN u.id = first.id THEN 'owner' ELSE 'member' END
      FROM (SELECT DISTINCT ON (company_id) company_id, id FROM users
            WHERE company_id IS NOT NULL ORDER BY company_id, created_at, id) first
      WHERE u.company_id = first.company_id`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX users_one_owner_per_firm ON users (company_id) WHERE company_role = 'owner'`,
    );
    await queryRunner.query(`
      CREATE TABLE team_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('colleague', 'claim')),
        email text NOT NULL CHECK (char_length(email) <= 254),
        token_hash text NOT NULL UNIQUE,
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX team_invitations_company ON team_invitations (company_id, created_at DESC, id DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE team_invitations`);
    await queryRunner.query(`DROP INDEX users_one_owner_per_firm`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN company_role`);
  }
}
