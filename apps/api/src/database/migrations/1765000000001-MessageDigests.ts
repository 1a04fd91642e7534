import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unread-messages digest. `user_presence` holds when each user was last connected (written
 * on socket connect and disconnect, and every minute while connected, by any API process), so
 * "offline for 15 minutes" is a question for the database, not for one process's memory.
 * `message_digests` remembers, per recipient and conversation, the last digest: when it went out
 * and up to which message it told of. Its primary key is what lets exactly one process send it.
 */
export class MessageDigests1765000000001 implements MigrationInterface {
  name = 'MessageDigests1765000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_presence (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        last_seen_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE message_digests (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        up_to_seq integer NOT NULL,
        sent_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, conversation_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE message_digests`);
    await queryRunner.query(`DROP TABLE user_presence`);
  }
}
