/**
 * The statements the API sends for the benched reads, as TypeORM generates them (copied from
 * what bench:api records the API sending, and checked against it on every run): the bare server
 * runs exactly these, so the difference between the two is the framework, not the SQL.
 */
const COMPANY_COLUMNS = [
  'id',
  'name',
  'country',
  'city',
  'registration_number',
  'sectors',
  'offers_hs',
  'seeks_hs',
  'partnership_types',
  'jv_sectors',
  'size_band',
  'founded_year',
  'languages',
  'website',
  'description',
  'certifications',
  'verification',
  'verification_note',
  'verified_at',
  'pending_since',
  'last_review',
  'listed',
  'suspended_at',
  'suspension_reason',
  'suspended_by',
  'is_demo',
  'created_at',
  'updated_at',
];
const USER_COLUMNS = [
  'id',
  'email',
  'password_hash',
  'full_name',
  'role',
  'locale',
  'company_id',
  'company_role',
  'email_verified_at',
  'created_at',
  'updated_at',
];

const select = (alias: string, columns: string[]) =>
  columns.map((column) => `"${alias}"."${column}" AS "${alias}_${column}"`).join(', ');

export const BARE_SQL = {
  /** GET /api/companies?country=…: the first page (20 and one to know there is more). */
  directory: `SELECT ${select('c', COMPANY_COLUMNS)}, c.created_at::text AS "sort_at" FROM "companies" "c" WHERE "c"."listed" AND "c"."country" = $1 ORDER BY "c"."created_at" DESC, "c"."id" DESC LIMIT 21`,
  /** GET /api/companies?q=…: full-text search, by rank. */
  directorySearch: `SELECT ${select('c', COMPANY_COLUMNS)}, ts_rank(c.search, to_tsquery('simple', $1))::text AS "sort_rank" FROM "companies" "c" WHERE "c"."listed" AND c.search @@ to_tsquery('simple', $1) ORDER BY ts_rank(c.search, to_tsquery('simple', $1)) DESC, "c"."id" DESC LIMIT 21`,
  /** GET /api/companies/:id, and the viewer's own firm for GET /api/matches. */
  companyById: `SELECT ${select('CompanyEntity', COMPANY_COLUMNS)} FROM "companies" "CompanyEntity" WHERE (("CompanyEntity"."id" = $1)) LIMIT 1`,
  /** The signed-in user, re-read on every request (a revoked login stops at once). */
  userById: `SELECT ${select('UserEntity', USER_COLUMNS)} FROM "users" "UserEntity" WHERE (("UserEntity"."id" = $1)) LIMIT 1`,
  /** Whether the login (token family) still has a live refresh token. */
  loginLive: `SELECT 1 AS "row_exists" FROM (SELECT 1 AS dummy_column) "dummy_table" WHERE EXISTS (SELECT 1 FROM "refresh_tokens" "RefreshTokenEntity" WHERE (("RefreshTokenEntity"."family_id" = $1) AND ("RefreshTokenEntity"."revoked_at" IS NULL))) LIMIT 1`,
};
