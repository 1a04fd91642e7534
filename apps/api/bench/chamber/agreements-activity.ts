import type { DataSource } from 'typeorm';

/**
 * The funnel's later stages for the agreements bench, in SQL with a fixed random seed, on top of
 * the stats bench's activity (contact requests, conversations, delegations): saved matches, held
 * delegation meetings, and agreements between a Pakistani and an Azerbaijani firm signed over
 * the last two years, each with three commitments (the third a first shipment) in every status.
 */
export async function seedAgreements(
  db: DataSource,
  {
    agreements,
    savedMatches,
    meetings,
  }: { agreements: number; savedMatches: number; meetings: number },
): Promise<void> {
  await db.query('SELECT setseed(0.24)');
  for (const country of ['PK', 'AZ']) {
    await db.query(
      `CREATE TEMP TABLE bench_${country.toLowerCase()} AS
       SELECT id, name, sectors, row_number() OVER (ORDER BY id) AS n FROM companies WHERE country = $1`,
      [country],
    );
  }
  const pick = (table: string) => `1 + floor(random() * (SELECT count(*) FROM ${table}))::int`;
  await db.query(
    `INSERT INTO match_feedback (company_id, target_id, state, updated_at)
     SELECT p.id, a.id, 'saved', now() - random() * interval '364 days'
     FROM (SELECT ${pick('bench_pk')} AS i, ${pick('bench_az')} AS j FROM generate_series(1, $1)) r
     JOIN bench_pk p ON p.n = r.i JOIN bench_az a ON a.n = r.j
     ON CONFLICT DO NOTHING`,
    [savedMatches],
  );
  await db.query(
    `INSERT INTO meeting_requests (delegation_id, requester_company_id, target_company_id, note, priority, status,
       requester_report, target_report, outcome, created_at)
     SELECT (SELECT id FROM delegations ORDER BY id OFFSET (r.g % 40) LIMIT 1), p.id, a.id, '', 3, 'accepted',
       'held', CASE WHEN random() < 0.8 THEN 'held' ELSE 'no_show' END,
       CASE WHEN random() < 0.3 THEN 'agreement_in_view' ELSE 'follow_up' END, now() - random() * interval '364 days'
     FROM (SELECT g, ${pick('bench_pk')} AS i, ${pick('bench_az')} AS j FROM generate_series(1, $1) g) r
     JOIN bench_pk p ON p.n = r.i JOIN bench_az a ON a.n = r.j
     ON CONFLICT DO NOTHING`,
    [meetings],
  );
  await db.query(
    `CREATE TEMP TABLE bench_agreements AS
     SELECT gen_random_uuid() AS id, gen_random_uuid() AS pk_party, gen_random_uuid() AS az_party,
       r.g, r.signed, p.id AS pk_id, p.name AS pk_name, a.id AS az_id, a.name AS az_name, p.sectors[1:2] AS sectors
     FROM (SELECT g, (now() - random() * interval '730 days')::date AS signed,
             ${pick('bench_pk')} AS i, ${pick('bench_az')} AS j FROM generate_series(1, $1) g) r
     JOIN bench_pk p ON p.n = r.i JOIN bench_az a ON a.n = r.j`,
    [agreements],
  );
  await db.query(
    `INSERT INTO agreements (id, title, kind, bilateral, sectors, signed_on, source_kind, created_at)
     SELECT id, 'Bench agreement ' || g, CASE WHEN g % 3 = 0 THEN 'agreement' ELSE 'mou' END, true, sectors,
       signed, 'other', signed::timestamptz + interval '3 hours'
     FROM bench_agreements`,
  );
  await db.query(
    `INSERT INTO agreement_parties (id, agreement_id, company_id, name, country, position)
     SELECT pk_party, id, pk_id, pk_name, 'PK', 1 FROM bench_agreements
     UNION ALL SELECT az_party, id, az_id, az_name, 'AZ', 2 FROM bench_agreements`,
  );
  await db.query(
    `INSERT INTO agreement_commitments (agreement_id, owner_party_id, title, kind, due_on, status, done_at, position,
       owner_country, sectors)
     SELECT b.id, CASE WHEN c % 2 = 1 THEN b.pk_party ELSE b.az_party END, 'Commitment ' || c,
       CASE WHEN c = 3 THEN 'first_shipment' ELSE 'general' END, b.signed + (c * 60 + floor(random() * 120))::int,
       s.status, CASE WHEN s.status = 'done' THEN b.signed::timestamptz + (c * 50) * interval '1 day' END, c,
       CASE WHEN c % 2 = 1 THEN 'PK' ELSE 'AZ' END, b.sectors
     FROM bench_agreements b CROSS JOIN generate_series(1, 3) c
     CROSS JOIN LATERAL (SELECT (ARRAY['open', 'in_progress', 'done', 'done', 'dropped'])[1 + floor(random() * 5)::int] AS status
                         WHERE c > 0) s`,
  );
  await db.query('DROP TABLE bench_agreements, bench_pk, bench_az');
  await db.query('ANALYZE');
}
