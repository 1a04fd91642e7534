import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A read position remembers the firm of the reader (null for chamber staff), so that a
 * conversation can answer how far the *other* side has read (`peerReadSeq`) without reading the
 * users table, and colleagues of one firm never count as its peer.
 */
export class PeerReadPositions1764550000000 implements MigrationInterface {
  name = 'PeerReadPositions1764550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE conversation_reads ADD COLUMN reader_company_id uuid`);
    await queryRunner.query(
      `UPDATE conversation_reads r SET reader_company_id = u.company_id FROM users u WHERE u.id = r.user_id`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE conversation_reads DROP COLUMN reader_company_id`);
  }
}
