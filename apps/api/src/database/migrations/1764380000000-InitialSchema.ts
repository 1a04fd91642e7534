import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, refresh-token families and company profiles. */
export class InitialSchema1764380000000 implements MigrationInterface {
  name = 'InitialSchema1764380000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        full_name text NOT NULL,
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'staff', 'admin')),
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'az', 'ur', 'ru')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // E-mails are compared case-insensitively; the service stores them lower-cased.
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    // One row per issued refresh token; a login's tokens share a family so that reuse of a
    // spent token can revoke the whole family at once.
    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        spent_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);

    await queryRunner.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        country char(2) NOT NULL CHECK (country IN ('PK', 'AZ')),
        city text NOT NULL,
        registration_number text,
        sectors text[] NOT NULL,
        offers_hs text[] NOT NULL DEFAULT '{}',
        seeks_hs text[] NOT NULL DEFAULT '{}',
        partnership_types text[] NOT NULL,
        jv_sectors text[] NOT NULL DEFAULT '{}',
        size_band text NOT NULL,
        founded_year integer,
        languages text[] NOT NULL,
        website text,
        description text NOT NULL DEFAULT '',
        certifications text[] NOT NULL DEFAULT '{}',
        verification text NOT NULL DEFAULT 'pending' CHECK (verification IN ('pending', 'verified', 'rejected')),
        verification_note text,
        verified_at timestamptz,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', coalesce(name, '')), 'A') ||
          setweight(to_tsvector('simple', coalesce(description, '')), 'B')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX companies_registration_number_key ON companies (country, registration_number) WHERE registration_number IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX companies_search_idx ON companies USING gin (search)`);
    await queryRunner.query(`CREATE INDEX companies_sectors_idx ON companies USING gin (sectors)`);
    await queryRunner.query(
      `CREATE INDEX companies_offers_hs_idx ON companies USING gin (offers_hs)`,
    );
    await queryRunner.query(
      `CREATE INDEX companies_seeks_hs_idx ON companies USING gin (seeks_hs)`,
    );
    await queryRunner.query(
      `CREATE INDEX companies_partnership_types_idx ON companies USING gin (partnership_types)`,
    );
    await queryRunner.query(
      `CREATE INDEX companies_jv_sectors_idx ON companies USING gin (jv_sectors)`,
    );
    // A user belongs to at most one firm; the firm's members may edit it.
    await queryRunner.query(
      `ALTER TABLE users ADD COLUMN company_id uuid REFERENCES companies(id) ON DELETE SET NULL`,
    );
    await queryRunner.query(`CREATE INDEX users_company_idx ON users (company_id)`);
    // Keyset pagination of the directory walks (created_at, id) newest first.
    await queryRunner.query(
      `CREATE INDEX companies_created_idx ON companies (created_at DESC, id DESC)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP COLUMN company_id`);
    await queryRunner.query(`DROP TABLE companies`);
    await queryRunner.query(`DROP TABLE refresh_tokens`);
    await queryRunner.query(`DROP TABLE users`);
  }
}
