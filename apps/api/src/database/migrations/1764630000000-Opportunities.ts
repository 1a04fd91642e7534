import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The opportunities board (issue 12): offers and requests firms post, staff review, and firms of
 * the other country answer. An answer is an interest row plus a contact request that carries the
 * opportunity (its id, and its title and kind as they were when the interest was expressed).
 */
export class Opportunities1764630000000 implements MigrationInterface {
  name = 'Opportunities1764630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE opportunities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('business_offer', 'business_request',
          'technology_offer', 'technology_request', 'joint_venture_call')),
        title text NOT NULL,
        summary text NOT NULL,
        sectors text[] NOT NULL CHECK (cardinality(sectors) BETWEEN 1 AND 5),
        hs_chapters text[] NOT NULL DEFAULT '{}',
        country text NOT NULL CHECK (country IN ('PK', 'AZ')),
        deadline date NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'published',
          'refused', 'closed', 'expired')),
        refusal_reason text,
        submitted_at timestamptz,
        published_at timestamptz,
        reviewed_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS
          (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(summary, ''))) STORED,
        CHECK (status <> 'published' OR published_at IS NOT NULL),
        CHECK (status <> 'refused' OR refusal_reason IS NOT NULL)
      )`);
    // The board: published ones, newest first (keyset on published_at, id).
    await queryRunner.query(`
      CREATE INDEX opportunities_board_idx ON opportunities (published_at DESC, id DESC)
      WHERE status = 'published'`);
    // The expiry job and close-on-read filter by deadline among published ones.
    await queryRunner.query(`
      CREATE INDEX opportunities_deadline_idx ON opportunities (deadline) WHERE status = 'published'`);
    await queryRunner.query(
      `CREATE INDEX opportunities_company_idx ON opportunities (company_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(`
      CREATE INDEX opportunities_queue_idx ON opportunities (submitted_at, id) WHERE status = 'submitted'`);
    await queryRunner.query(
      `CREATE INDEX opportunities_sectors_idx ON opportunities USING gin (sectors)`,
    );
    await queryRunner.query(
      `CREATE INDEX opportunities_hs_idx ON opportunities USING gin (hs_chapters)`,
    );
    await queryRunner.query(
      `CREATE INDEX opportunities_search_idx ON opportunities USING gin (search)`,
    );

    // One interest per firm and opportunity: the primary key is the last word on "twice".
    await queryRunner.query(`
      CREATE TABLE opportunity_interests (
        opportunity_id uuid NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        contact_request_id uuid NOT NULL REFERENCES contact_requests(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (opportunity_id, company_id)
      )`);

    // Contract change of the chat: a contact request may carry the opportunity it answers.
    await queryRunner.query(`
      ALTER TABLE contact_requests
        ADD COLUMN opportunity_id uuid REFERENCES opportunities(id) ON DELETE SET NULL,
        ADD COLUMN opportunity_title text,
        ADD COLUMN opportunity_kind text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE contact_requests
        DROP COLUMN opportunity_kind, DROP COLUMN opportunity_title, DROP COLUMN opportunity_id`);
    await queryRunner.query(`DROP TABLE opportunity_interests`);
    await queryRunner.query(`DROP TABLE opportunities`);
  }
}
