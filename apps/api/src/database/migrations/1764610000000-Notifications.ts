import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications (the bell): one row per recipient user. Listed newest first per user
 * (keyset on created_at, id) and counted while unread (partial index).
 */
export class Notifications1764610000000 implements MigrationInterface {
  name = 'Notifications1764610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind ~ '^[a-z_]+\\.[a-z_]+$'),
        params jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(params) = 'object'),
        link text CHECK (link IS NULL OR char_length(link) <= 500),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        read_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX notifications_user_page ON notifications (user_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications`);
  }
}
