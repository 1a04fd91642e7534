import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lighter writes per chat message. The sender columns of `messages` record who wrote, like an
 * audit trail, and lose their foreign keys: each key check locked the sender's user and company
 * rows on every message (a WAL write each, MultiXacts when colleagues write at once), and the
 * platform never deletes accounts or firms. An early index on conversations.last_activity_at,
 * which made every message's counter update a non-HOT one, goes where a database still has it.
 */
export class ChatHotPath1764420000000 implements MigrationInterface {
  name = 'ChatHotPath1764420000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE messages DROP CONSTRAINT IF EXISTS messages_sender_user_id_fkey`,
    );
    await queryRunner.query(
      `ALTER TABLE messages DROP CONSTRAINT IF EXISTS messages_sender_company_id_fkey`,
    );
    await queryRunner.query(`DROP INDEX IF EXISTS conversations_chamber_activity_idx`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE messages ADD CONSTRAINT messages_sender_user_id_fkey
       FOREIGN KEY (sender_user_id) REFERENCES users(id) ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE messages ADD CONSTRAINT messages_sender_company_id_fkey
       FOREIGN KEY (sender_company_id) REFERENCES companies(id) ON DELETE SET NULL`,
    );
  }
}
