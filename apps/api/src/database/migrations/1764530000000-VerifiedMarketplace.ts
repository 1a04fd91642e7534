import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Verification gates the marketplace. `companies.listed` says whether other firms may see a firm:
 * it is verified, or it was verified and waits for staff to review an edit (its last review,
 * kept in `last_review`, says `verified`; others then see that last verified version). Pending
 * and rejected firms are seen only by their own members and staff.
 *
 * match_profiles now holds listed firms only (it held every firm but the rejected ones), so no
 * search can return an unverified firm; `verified` is therefore true on every row. The trigger
 * functions below replace the Matching migration's with that one condition changed (a frozen
 * copy: a migration must not change when the code does).
 */
const PROFILE_COLUMNS = `company_id, country, regular, verified, size_rank, trade_sides, n_offers, n_seeks,
  n_sectors, n_jv_sectors, n_types, offers, seeks, sectors, jv_sectors, partnership_types, languages, keys`;

const profileSelect = (source: string, condition: string) => `
  SELECT c.id, c.country, r.regular, ${condition === 'listed' ? 'TRUE' : `c.verification = 'verified'`},
    matching_size_rank(c.size_band),
    ((cardinality(c.seeks_hs) > 0)::int + (cardinality(c.offers_hs) > 0)::int)::smallint,
    matching_distinct_count(c.offers_hs), matching_distinct_count(c.seeks_hs),
    matching_distinct_count(c.sectors), matching_distinct_count(c.jv_sectors),
    matching_distinct_count(c.partnership_types),
    matching_hs_bits(c.offers_hs), matching_hs_bits(c.seeks_hs), matching_sector_bits(c.sectors),
    CASE WHEN j.joint_venture THEN matching_sector_bits(c.jv_sectors) ELSE B'0'::bit(32) END,
    matching_partnership_bits(c.partnership_types), matching_language_bits(c.languages),
    matching_keys(c.country, c.sectors, c.offers_hs, c.seeks_hs,
      CASE WHEN j.joint_venture THEN c.jv_sectors ELSE '{}' END, NOT r.regular)
  FROM ${source} AS c
  CROSS JOIN LATERAL (SELECT 'joint_venture' = ANY (c.partnership_types) AS joint_venture) AS j
  CROSS JOIN LATERAL (SELECT
      bit_count(matching_hs_bits(c.offers_hs)) = matching_distinct_count(c.offers_hs)
      AND bit_count(matching_hs_bits(c.seeks_hs)) = matching_distinct_count(c.seeks_hs)
      AND bit_count(matching_sector_bits(c.sectors)) = matching_distinct_count(c.sectors)
      AND bit_count(matching_sector_bits(c.jv_sectors)) = matching_distinct_count(c.jv_sectors)
      AND bit_count(matching_partnership_bits(c.partnership_types)) = matching_distinct_count(c.partnership_types)
      AND bit_count(matching_language_bits(c.languages)) = matching_distinct_count(c.languages)
      AND matching_size_rank(c.size_band) IS NOT NULL AS regular) AS r
  WHERE ${condition === 'listed' ? 'c.listed' : `c.verification <> 'rejected'`}`;

async function defineTriggerFunctions(queryRunner: QueryRunner, condition: string): Promise<void> {
  await queryRunner.query(`
    CREATE OR REPLACE FUNCTION matching_profiles_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO match_profiles (${PROFILE_COLUMNS}) ${profileSelect('inserted', condition)};
      RETURN NULL;
    END $$`);
  await queryRunner.query(`
    CREATE OR REPLACE FUNCTION matching_profiles_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM match_profiles AS m USING updated AS c WHERE m.company_id = c.id;
      INSERT INTO match_profiles (${PROFILE_COLUMNS}) ${profileSelect('updated', condition)};
      RETURN NULL;
    END $$`);
}

export class VerifiedMarketplace1764530000000 implements MigrationInterface {
  name = 'VerifiedMarketplace1764530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE companies ADD COLUMN listed boolean GENERATED ALWAYS AS (
        verification = 'verified'
        OR (verification = 'pending' AND coalesce(last_review->>'status', '') = 'verified')
      ) STORED`);
    // The public directory and counts read listed firms only.
    await queryRunner.query(
      `CREATE INDEX companies_listed_created_idx ON companies (created_at DESC, id DESC) WHERE listed`,
    );
    await defineTriggerFunctions(queryRunner, 'listed');
    await queryRunner.query(`TRUNCATE match_profiles`);
    await queryRunner.query(
      `INSERT INTO match_profiles (${PROFILE_COLUMNS}) ${profileSelect('companies', 'listed')}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await defineTriggerFunctions(queryRunner, 'not_rejected');
    await queryRunner.query(`TRUNCATE match_profiles`);
    await queryRunner.query(
      `INSERT INTO match_profiles (${PROFILE_COLUMNS}) ${profileSelect('companies', 'not_rejected')}`,
    );
    await queryRunner.query(`DROP INDEX companies_listed_created_idx`);
    await queryRunner.query(`ALTER TABLE companies DROP COLUMN listed`);
  }
}
