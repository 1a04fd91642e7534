import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Matching: a narrow, bit-encoded copy of every matchable firm, kept in step with `companies` by
 * triggers, and the firms' feedback on their matches.
 *
 * Why a separate table: candidate generation scores thousands of rows per request, and walking
 * the wide `companies` rows (descriptions, search vectors) to reach the lists costs more than the
 * scoring itself. `match_profiles` holds only what the score needs, as bit strings whose
 * bit_count() gives the overlaps of two firms' lists, plus `keys` (GIN) for the candidate tiers.
 * Rejected firms have no row: they are never matched.
 *
 * The vocabularies below are a frozen copy of @jcc/contracts at the time of this migration (a
 * migration must not change when the code does). A code missing from them makes its firm
 * "irregular": the search then treats that firm's SQL score as unknown (100) and scores it in
 * TypeScript, so a new code is slow to match until a migration adds it, never wrong.
 * test/matching-score.e2e-spec.ts checks these lists against the contracts.
 */
const SECTORS = [
  'textiles',
  'leather',
  'food',
  'sports_goods',
  'surgical_instruments',
  'pharmaceuticals',
  'chemicals',
  'mechanical_engineering',
  'metallurgy',
  'food_processing',
  'light_industry',
  'energy',
  'agriculture',
  'construction',
  'transport_logistics',
  'tourism',
  'it_technology',
  'education',
  'environment',
];
const PARTNERSHIP_TYPES = [
  'export',
  'import',
  'joint_venture',
  'distribution',
  'licensing',
  'investment_seeking',
  'investing',
  'technology_transfer',
  'outsourcing',
];
const LANGUAGES = ['en', 'ur', 'az', 'ru', 'tr', 'ar', 'fa', 'pa', 'zh', 'de', 'fr'];
const SIZE_BANDS = ['micro', 'small', 'medium', 'large'];
/** HS chapters '01'..'97'; chapter n is bit n of a bit(128). */
const HS_CHAPTER = `'^(0[1-9]|[1-8][0-9]|9[0-7])$'`;

const textArray = (values: readonly string[]) =>
  `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]::text[]`;

const FUNCTIONS = [
  // Bit i (from the left) set for the i-th vocabulary word in `codes`; other codes are ignored.
  `CREATE FUNCTION matching_code_bits(codes text[], vocabulary text[]) RETURNS bit(32)
     LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
       SELECT coalesce(bit_or(B'1'::bit(32) >> (array_position(vocabulary, code) - 1)), B'0'::bit(32))
       FROM unnest(codes) AS code WHERE code = ANY (vocabulary)
     $$`,
  `CREATE FUNCTION matching_hs_bits(codes text[]) RETURNS bit(128)
     LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
       SELECT coalesce(bit_or(B'1'::bit(128) >> code::int), B'0'::bit(128))
       FROM unnest(codes) AS code WHERE code ~ ${HS_CHAPTER}
     $$`,
  `CREATE FUNCTION matching_sector_bits(codes text[]) RETURNS bit(32)
     LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT matching_code_bits(codes, ${textArray(SECTORS)}) $$`,
  `CREATE FUNCTION matching_partnership_bits(codes text[]) RETURNS bit(32)
     LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT matching_code_bits(codes, ${textArray(PARTNERSHIP_TYPES)}) $$`,
  `CREATE FUNCTION matching_language_bits(codes text[]) RETURNS bit(32)
     LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT matching_code_bits(codes, ${textArray(LANGUAGES)}) $$`,
  // 0 (micro) .. 3 (large), the order in which the matcher measures size distance; NULL if unknown.
  `CREATE FUNCTION matching_size_rank(band text) RETURNS smallint
     LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (array_position(${textArray(SIZE_BANDS)}, band) - 1)::smallint $$`,
  // Distinct items, a NULL item counting as one, as the matcher's countDistinct does.
  `CREATE FUNCTION matching_distinct_count(codes text[]) RETURNS smallint
     LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
       SELECT (count(DISTINCT code) + (array_position(codes, NULL) IS NOT NULL)::int)::smallint
       FROM unnest(codes) AS code
     $$`,
  /*
   * The GIN keys of a firm of `country`: 1–97 HS chapters it seeks, 101–197 chapters it offers,
   * 201–219 sectors, 301–319 joint-venture sectors, 0 when irregular; plus 1000 for AZ, so that a
   * key also says the country. The search asks with the keys a partner of the viewer would have
   * (offers and seeks swapped, the other country), and always with the irregular key.
   */
  `CREATE FUNCTION matching_keys(country char(2), sectors text[], offers text[], seeks text[], jv_sectors text[], irregular boolean)
     RETURNS integer[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
       SELECT coalesce(array_agg(DISTINCT key ORDER BY key), '{}')
       FROM (
         SELECT code::int AS key FROM unnest(seeks) AS code WHERE code ~ ${HS_CHAPTER}
         UNION ALL SELECT 100 + code::int FROM unnest(offers) AS code WHERE code ~ ${HS_CHAPTER}
         UNION ALL SELECT 200 + array_position(${textArray(SECTORS)}, code) FROM unnest(sectors) AS code
           WHERE code = ANY (${textArray(SECTORS)})
         UNION ALL SELECT 300 + array_position(${textArray(SECTORS)}, code) FROM unnest(jv_sectors) AS code
           WHERE code = ANY (${textArray(SECTORS)})
         UNION ALL SELECT 0 WHERE irregular
       ) AS own (key_in_country)
       CROSS JOIN LATERAL (SELECT key_in_country + CASE country WHEN 'AZ' THEN 1000 ELSE 0 END) AS k (key)
     $$`,
];

const PROFILE_COLUMNS = `company_id, country, regular, verified, size_rank, trade_sides, n_offers, n_seeks,
  n_sectors, n_jv_sectors, n_types, offers, seeks, sectors, jv_sectors, partnership_types, languages, keys`;

/** The match_profiles row of each company in `source` that is not rejected. */
const PROFILE_SELECT = (source: string) => `
  SELECT c.id, c.country, r.regular, c.verification = 'verified', matching_size_rank(c.size_band),
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
  WHERE c.verification <> 'rejected'`;

export class Matching1764390000000 implements MigrationInterface {
  name = 'Matching1764390000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of FUNCTIONS) {
      await queryRunner.query(statement);
    }
    // Fixed-width columns first and `keys` last: the score reads the bit strings of every row.
    await queryRunner.query(`
      CREATE TABLE match_profiles (
        company_id uuid PRIMARY KEY REFERENCES companies(id) ON DELETE CASCADE,
        country char(2) NOT NULL,
        regular boolean NOT NULL,
        verified boolean NOT NULL,
        size_rank smallint,
        trade_sides smallint NOT NULL,
        n_offers smallint NOT NULL,
        n_seeks smallint NOT NULL,
        n_sectors smallint NOT NULL,
        n_jv_sectors smallint NOT NULL,
        n_types smallint NOT NULL,
        offers bit(128) NOT NULL,
        seeks bit(128) NOT NULL,
        sectors bit(32) NOT NULL,
        jv_sectors bit(32) NOT NULL,
        partnership_types bit(32) NOT NULL,
        languages bit(32) NOT NULL,
        keys integer[] NOT NULL
      )`);
    // No fast update: its pending list, scanned linearly by every search until a vacuum merges
    // it, slowed searches after a bulk import by a fifth; profiles change seldom, searches often.
    await queryRunner.query(
      `CREATE INDEX match_profiles_keys_idx ON match_profiles USING gin (keys) WITH (fastupdate = off)`,
    );

    // Statement-level triggers with transition tables: a 100,000-firm seed is one set-based insert.
    await queryRunner.query(`
      CREATE FUNCTION matching_profiles_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO match_profiles (${PROFILE_COLUMNS}) ${PROFILE_SELECT('inserted')};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION matching_profiles_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM match_profiles AS m USING updated AS c WHERE m.company_id = c.id;
        INSERT INTO match_profiles (${PROFILE_COLUMNS}) ${PROFILE_SELECT('updated')};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER companies_match_profiles_insert AFTER INSERT ON companies
        REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT
        EXECUTE FUNCTION matching_profiles_after_insert()`);
    await queryRunner.query(`
      CREATE TRIGGER companies_match_profiles_update AFTER UPDATE ON companies
        REFERENCING NEW TABLE AS updated FOR EACH STATEMENT
        EXECUTE FUNCTION matching_profiles_after_update()`);
    await queryRunner.query(
      `INSERT INTO match_profiles (${PROFILE_COLUMNS}) ${PROFILE_SELECT('companies')}`,
    );

    // One state per (firm, partner): saving replaces a dismissal and the reverse; undo deletes.
    await queryRunner.query(`
      CREATE TABLE match_feedback (
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        target_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ('saved', 'dismissed')),
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (company_id, target_id)
      )`);
    await queryRunner.query(`CREATE INDEX match_feedback_target_idx ON match_feedback (target_id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE match_feedback`);
    await queryRunner.query(`DROP TRIGGER companies_match_profiles_update ON companies`);
    await queryRunner.query(`DROP TRIGGER companies_match_profiles_insert ON companies`);
    await queryRunner.query(`DROP FUNCTION matching_profiles_after_update()`);
    await queryRunner.query(`DROP FUNCTION matching_profiles_after_insert()`);
    await queryRunner.query(`DROP TABLE match_profiles`);
    for (const name of [
      'matching_keys(char, text[], text[], text[], text[], boolean)',
      'matching_distinct_count(text[])',
      'matching_size_rank(text)',
      'matching_language_bits(text[])',
      'matching_partnership_bits(text[])',
      'matching_sector_bits(text[])',
      'matching_hs_bits(text[])',
      'matching_code_bits(text[], text[])',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${name}`);
    }
  }
}
