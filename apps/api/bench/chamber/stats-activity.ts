import type { DataSource } from 'typeorm';

/**
 * Activity around the seeded firms for the stats bench, made in SQL with a fixed random seed:
 * contact requests (some accepted, with a conversation and messages), and delegations with
 * members. Spread over the 52 weeks before now.
 */
export async function seedActivity(
  db: DataSource,
  {
    requests,
    messagesPerConversation,
    delegations,
  }: { requests: number; messagesPerConversation: number; delegations: number },
): Promise<void> {
  await db.query('SELECT setseed(0.42)');
  await db.query(
    `CREATE TEMP TABLE bench_firms AS SELECT id, country, row_number() OVER (ORDER BY id) AS n FROM companies`,
  );
  await db.query(
    `
    INSERT INTO contact_requests (from_company_id, to_company_id, status, expires_at, responded_at, created_at)
    SELECT a.id, b.id, r.status, r.at + interval '14 days', CASE WHEN r.status = 'accepted' THEN r.at + interval '2 days' END, r.at
    FROM (
      SELECT g, now() - random() * interval '364 days' AS at,
        CASE WHEN random() < 0.5 THEN 'accepted' ELSE 'declined' END AS status,
        1 + floor(random() * (SELECT count(*) FROM bench_firms))::int AS i,
        1 + floor(random() * (SELECT count(*) FROM bench_firms))::int AS j
      FROM generate_series(1, $1) g
    ) r
    JOIN bench_firms a ON a.n = r.i JOIN bench_firms b ON b.n = r.j
    WHERE a.id <> b.id`,
    [requests],
  );
  await db.query(`
    INSERT INTO conversations (kind, pair_key, created_at)
    SELECT 'firms', 'bench:' || id, responded_at FROM contact_requests WHERE status = 'accepted'`);
  await db.query(
    `INSERT INTO messages (conversation_id, seq, client_id, body, created_at)
     SELECT c.id, s, gen_random_uuid(), 'Bench message', c.created_at + s * interval '37 minutes'
     FROM conversations c CROSS JOIN generate_series(1, $1) s
     WHERE c.pair_key LIKE 'bench:%'`,
    [messagesPerConversation],
  );
  await db.query(
    `INSERT INTO delegations (title, direction, host_city, starts_on, ends_on, sectors, capacity)
     SELECT 'Delegation ' || g, CASE WHEN g % 2 = 0 THEN 'PK_TO_AZ' ELSE 'AZ_TO_PK' END,
       CASE WHEN g % 2 = 0 THEN 'Baku' ELSE 'Lahore' END,
       (now() - (g * 7) * interval '1 day')::date, (now() - (g * 7 - 3) * interval '1 day')::date, '{textiles}', 40
     FROM generate_series(1, $1) g`,
    [delegations],
  );
  await db.query(`
    INSERT INTO delegation_members (delegation_id, company_id, status)
    SELECT d.id, f.id, (ARRAY['invited','applied','accepted','confirmed','declined','waitlisted'])[1 + floor(random() * 6)::int]
    FROM delegations d
    CROSS JOIN LATERAL (
      SELECT id FROM bench_firms
      WHERE country = CASE WHEN d.direction = 'PK_TO_AZ' THEN 'PK' ELSE 'AZ' END AND n % 97 = (hashtext(d.id::text) & 63)
      LIMIT 40
    ) f`);
  await db.query('DROP TABLE bench_firms');
  await db.query('ANALYZE');
}
