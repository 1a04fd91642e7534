import type { StatsResponse } from '@jcc/contracts';
import { expectFieldError } from './support/api-error';
import { bearer, createUserWithRole } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

/** On a database of its own, with rows dated by SQL, so that every figure is known exactly. */
describe('chamber: statistics', () => {
  let t: TestApp;
  let staff: string;
  const window = 'from=2026-03-02T00:00:00Z&to=2026-03-23T00:00:00Z'; // three Monday-to-Monday weeks

  beforeAll(async () => {
    t = await createIsolatedTestApp();
    staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    const firm = (
      name: string,
      country: string,
      sectors: string,
      at: string,
      verification = 'pending',
      verifiedAt: string | null = null,
    ) =>
      t.db.query(
        `INSERT INTO companies (name, country, city, sectors, partnership_types, size_band, languages, verification, verified_at, created_at)
         VALUES ($1, $2, 'City', $3::text[], '{export}', 'small', '{en}', $4, $5, $6) RETURNING id`,
        [name, country, sectors, verification, verifiedAt, at],
      );
    await firm(
      'Old PK',
      'PK',
      '{textiles}',
      '2025-01-01T00:00:00Z',
      'verified',
      '2025-01-02T00:00:00Z',
    );
    const [a] = await firm(
      'New PK',
      'PK',
      '{textiles,leather}',
      '2026-03-03T10:00:00Z',
      'verified',
      '2026-03-03T20:00:00Z',
    );
    const [b] = await firm(
      'New AZ',
      'AZ',
      '{textiles}',
      '2026-03-10T10:00:00Z',
      'verified',
      '2026-03-11T14:00:00Z',
    );
    await firm('Pending AZ', 'AZ', '{energy}', '2026-03-16T10:00:00Z');
    await firm('Rejected PK', 'PK', '{food}', '2026-03-17T10:00:00Z', 'rejected');
    await firm('Later PK', 'PK', '{textiles}', '2026-04-01T00:00:00Z');
    await t.db.query(
      `INSERT INTO contact_requests (from_company_id, to_company_id, status, expires_at, responded_at, created_at) VALUES
         ($1, $2, 'accepted', '2026-04-01', '2026-03-11T09:00:00Z', '2026-03-10T12:00:00Z'),
         ($2, $1, 'pending', '2026-04-01', NULL, '2026-03-17T12:00:00Z')`,
      [a.id, b.id],
    );
    // Saved matches count once the matching feature's table exists (it may land after this one).
    // The schema always has match_feedback (Matching migration): one saved, one dismissed.
    await t.db.query(
      `INSERT INTO match_feedback (company_id, target_id, state, updated_at) VALUES
         ($1, $2, 'saved', '2026-03-12T08:00:00Z'), ($2, $1, 'dismissed', '2026-03-12T08:00:00Z')`,
      [a.id, b.id],
    );
    const [conversation] = await t.db.query(
      `INSERT INTO conversations (kind, pair_key) VALUES ('firms', 'stats-test') RETURNING id`,
    );
    await t.db.query(
      `INSERT INTO messages (conversation_id, seq, client_id, body, created_at)
       SELECT $1, n, gen_random_uuid(), 'hello', '2026-03-11T10:00:00Z'::timestamptz + n * interval '1 minute' FROM generate_series(1, 5) n`,
      [conversation.id],
    );
    const [delegation] = await t.db.query(
      `INSERT INTO delegations (title, direction, host_city, starts_on, ends_on, sectors, capacity)
       VALUES ('Textiles to Baku', 'PK_TO_AZ', 'Baku', '2026-03-09', '2026-03-12', '{textiles}', 4) RETURNING id`,
    );
    await t.db.query(
      `INSERT INTO delegation_members (delegation_id, company_id, status) VALUES ($1, $2, 'confirmed')`,
      [delegation.id, a.id],
    );
  });
  afterAll(() => t.close());

  it('computes every figure of the window', async () => {
    const stats = (await t.http.get(`/api/stats?${window}`).set(bearer(staff)).expect(200))
      .body as StatsResponse;
    expect(stats.from).toBe('2026-03-02T00:00:00.000Z');
    expect(stats.firmsByCountrySector).toEqual([
      { country: 'AZ', sector: 'energy', total: 1, new: 1 },
      { country: 'AZ', sector: 'textiles', total: 1, new: 1 },
      { country: 'PK', sector: 'leather', total: 1, new: 1 },
      { country: 'PK', sector: 'textiles', total: 2, new: 1 },
    ]);
    expect(stats.verificationFunnel).toEqual({
      registered: 4,
      pending: 1,
      verified: 2,
      rejected: 1,
      medianHoursToVerify: 19,
    });
    expect(stats.weekly).toEqual([
      { week: '2026-03-02', matchesSaved: 0, contactRequests: 0, contactsAccepted: 0, messages: 0 },
      {
        week: '2026-03-09',
        matchesSaved: 1,
        contactRequests: 1,
        contactsAccepted: 1,
        messages: 5,
      },
      { week: '2026-03-16', matchesSaved: 0, contactRequests: 1, contactsAccepted: 0, messages: 0 },
    ]);
    expect(stats.delegations).toEqual([
      {
        id: expect.any(String),
        title: 'Textiles to Baku',
        startsOn: '2026-03-09',
        capacity: 4,
        seatsTaken: 1,
        confirmed: 1,
        fillRate: 0.25,
      },
    ]);
    expect(stats.sources).toEqual({
      matchFeedback: true,
      contactRequests: true,
      messages: true,
    });
  });

  it('serves the same figures as CSV', async () => {
    const response = await t.http.get(`/api/stats.csv?${window}`).set(bearer(staff)).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text: string = response.text;
    expect(text).toContain('PK,textiles,2,1\r\n');
    expect(text).toContain(
      'registered,pending,verified,rejected,median hours to verify\r\n4,1,2,1,19\r\n',
    );
    expect(text).toContain('2026-03-09,1,1,1,5\r\n');
    expect(text).toContain('Textiles to Baku,2026-03-09,4,1,1,0.25\r\n');
  });

  it('refuses a window that is backwards, unbounded or not a date', async () => {
    expectFieldError(
      await t.http.get('/api/stats?from=2026-03-10&to=2026-03-01').set(bearer(staff)),
      'from',
    );
    expectFieldError(
      await t.http.get('/api/stats?from=1900-01-01&to=2026-03-01').set(bearer(staff)),
      'from',
    );
    expectFieldError(await t.http.get('/api/stats?to=soon').set(bearer(staff)), 'to');
  });

  it('defaults to the last 26 weeks', async () => {
    const before = Date.now();
    const stats = (await t.http.get('/api/stats').set(bearer(staff)).expect(200))
      .body as StatsResponse;
    const after = Date.now();
    const day = 86_400_000;
    // `to` is now, `from` exactly 26 weeks earlier.
    expect(Date.parse(stats.to)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(stats.to)).toBeLessThanOrEqual(after + 1000);
    expect(Date.parse(stats.to) - Date.parse(stats.from)).toBe(26 * 7 * day);
    // Consecutive weeks, Monday to Monday, from the week of `from` to the week of `to`.
    const weeks = stats.weekly.map((week) => Date.parse(`${week.week}T00:00:00Z`));
    expect(weeks.length).toBeGreaterThanOrEqual(26);
    expect(weeks.length).toBeLessThanOrEqual(27);
    weeks.forEach((week, index) => {
      expect(new Date(week).getUTCDay()).toBe(1);
      if (index > 0) {
        expect(week - weeks[index - 1]).toBe(7 * day);
      }
    });
    expect(weeks[0]).toBeLessThanOrEqual(Date.parse(stats.from));
    expect(Date.parse(stats.from) - weeks[0]).toBeLessThan(7 * day);
    expect(weeks[weeks.length - 1]).toBeLessThanOrEqual(Date.parse(stats.to));
    expect(Date.parse(stats.to) - weeks[weeks.length - 1]).toBeLessThan(7 * day);
  });
});
