import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every firm the demo generator writes is marked, so that staff can tell demo firms from real ones
 * (the web shows them a badge) and remove them before going live.
 */
export class DemoFirms1764530000001 implements MigrationInterface {
  name = 'DemoFirms1764530000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE companies ADD COLUMN is_demo boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE companies DROP COLUMN is_demo`);
  }
}
