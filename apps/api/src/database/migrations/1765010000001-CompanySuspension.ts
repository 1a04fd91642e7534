import type { MigrationInterface, QueryRunner } from 'typeorm';

const LISTED_BEFORE = `verification = 'verified'
  OR (verification = 'pending' AND coalesce(last_review->>'status', '') = 'verified')`;

/*
 * Chamber staff may suspend a firm (issue 18): its accounts cannot sign in, and it leaves the
 * directory, matches and candidates. The suspension is columns of its own beside `verification`,
 * so reinstating the firm gives back exactly the verification state it had. `listed` (the one
 * condition every read of other firms uses, see VerifiedMarketplace) gains "and not suspended";
 * a generated column's expression cannot be altered on Postgres 15, so it is dropped and added
 * again, with its index. The match_profiles triggers read `listed` of the updated rows, so a
 * suspension removes the firm's profile and a reinstatement puts it back (no firm is suspended
 * while this runs, so the profiles table is already right).
 */
export class CompanySuspension1765010000001 implements MigrationInterface {
  name = 'CompanySuspension1765010000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE companies
        ADD COLUMN suspended_at timestamptz,
        ADD COLUMN suspension_reason text,
        ADD COLUMN suspended_by uuid REFERENCES users (id) ON DELETE SET NULL,
        ADD CONSTRAINT companies_suspension_reason CHECK ((suspended_at IS NULL) = (suspension_reason IS NULL))`);
    await this.redefineListed(queryRunner, `(${LISTED_BEFORE}) AND suspended_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.redefineListed(queryRunner, LISTED_BEFORE);
    await queryRunner.query(`
      ALTER TABLE companies
        DROP CONSTRAINT companies_suspension_reason,
        DROP COLUMN suspended_by,
        DROP COLUMN suspension_reason,
        DROP COLUMN suspended_at`);
  }

  private async redefineListed(queryRunner: QueryRunner, expression: string): Promise<void> {
    await queryRunner.query(`DROP INDEX companies_listed_created_idx`);
    await queryRunner.query(`ALTER TABLE companies DROP COLUMN listed`);
    await queryRunner.query(
      `ALTER TABLE companies ADD COLUMN listed boolean GENERATED ALWAYS AS (${expression}) STORED`,
    );
    await queryRunner.query(
      `CREATE INDEX companies_listed_created_idx ON companies (created_at DESC, id DESC) WHERE listed`,
    );
  }
}
