import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * B2B meetings at delegation visits: the event programme of a delegation, the host-country firms
 * taking part, meeting requests (which, once scheduled, carry their slot and table), the sessions
 * a firm cannot attend, and on-the-day check-ins.
 */
export class DelegationMeetings1764540000000 implements MigrationInterface {
  name = 'DelegationMeetings1764540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Sessions and blocked periods are small lists always read and written with the programme,
    // so they live in it as jsonb (instants in UTC, ISO 8601).
    await queryRunner.query(`
      CREATE TABLE meeting_programmes (
        delegation_id uuid PRIMARY KEY REFERENCES delegations(id) ON DELETE CASCADE,
        venue text NOT NULL,
        venue_max_tables integer NOT NULL CHECK (venue_max_tables > 0),
        slot_minutes integer NOT NULL CHECK (slot_minutes IN (15, 20, 30)),
        break_minutes integer NOT NULL CHECK (break_minutes BETWEEN 0 AND 60),
        tables text[] NOT NULL,
        sessions jsonb NOT NULL,
        blocks jsonb NOT NULL,
        request_deadline timestamptz,
        quota_per_firm integer NOT NULL CHECK (quota_per_firm > 0),
        schedule_status text NOT NULL DEFAULT 'none'
          CHECK (schedule_status IN ('none', 'scheduled', 'published')),
        scheduled_at timestamptz,
        published_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_hosts (
        delegation_id uuid NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('invited', 'registered')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (delegation_id, company_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_unavailability (
        delegation_id uuid NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        session_id text NOT NULL,
        PRIMARY KEY (delegation_id, company_id, session_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delegation_id uuid NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        requester_company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        target_company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        note text NOT NULL DEFAULT '',
        priority integer NOT NULL CHECK (priority BETWEEN 1 AND 5),
        status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined')),
        slot_starts_at timestamptz,
        table_name text,
        locked boolean NOT NULL DEFAULT false,
        requester_report text CHECK (requester_report IN ('held', 'no_show')),
        target_report text CHECK (target_report IN ('held', 'no_show')),
        outcome text CHECK (outcome IN ('follow_up', 'agreement_in_view', 'no_interest')),
        created_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz,
        CHECK (requester_company_id <> target_company_id),
        CHECK (NOT locked OR slot_starts_at IS NOT NULL)
      )`);
    // One request per pair, whichever firm asked first.
    await queryRunner.query(`
      CREATE UNIQUE INDEX meeting_requests_pair_idx ON meeting_requests (delegation_id,
        least(requester_company_id, target_company_id), greatest(requester_company_id, target_company_id))`);
    await queryRunner.query(
      `CREATE INDEX meeting_requests_requester_idx ON meeting_requests (delegation_id, requester_company_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX meeting_requests_target_idx ON meeting_requests (delegation_id, target_company_id)`,
    );
    // The database, not only the scheduler, refuses a firm or a table twice in one slot.
    await queryRunner.query(`
      CREATE UNIQUE INDEX meeting_requests_table_slot_idx ON meeting_requests
        (delegation_id, slot_starts_at, table_name) WHERE slot_starts_at IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE meeting_check_ins (
        delegation_id uuid NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        checked_in_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (delegation_id, company_id)
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE meeting_check_ins`);
    await queryRunner.query(`DROP TABLE meeting_requests`);
    await queryRunner.query(`DROP TABLE meeting_unavailability`);
    await queryRunner.query(`DROP TABLE meeting_hosts`);
    await queryRunner.query(`DROP TABLE meeting_programmes`);
  }
}
