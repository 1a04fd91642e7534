import { createDemoOpportunities } from './demo-opportunities';
import { generateOpportunities } from './opportunity-generator';
import { seedCompanies } from './seed-companies';
import { seedOpportunities } from './seed-opportunities';
import { createScratchDatabase, type ScratchDatabase } from './testing/scratch-database';

const NOW = new Date('2026-12-02T12:00:00Z');
const TODAY = '2026-12-02';
const FIRMS = [
  {
    id: 'a0000000-0000-4000-8000-000000000001',
    country: 'PK' as const,
    sectors: ['textiles' as const],
  },
  {
    id: 'a0000000-0000-4000-8000-000000000002',
    country: 'AZ' as const,
    sectors: ['agriculture' as const],
  },
];

describe('generateOpportunities', () => {
  it('is the same for a seed and index, whichever batch makes it', () => {
    const whole = generateOpportunities(FIRMS, 20, { seed: 5, now: NOW });
    const tail = generateOpportunities(FIRMS, 10, { seed: 5, startIndex: 10, now: NOW });
    expect(tail).toEqual(whole.slice(10));
  });

  it('keeps states and deadlines consistent: open ones ahead, expired ones past, refused with a reason', () => {
    for (const row of generateOpportunities(FIRMS, 500, { seed: 9, now: NOW })) {
      const firm = FIRMS.find((candidate) => candidate.id === row.companyId);
      expect(row.country).toBe(firm?.country);
      expect(firm?.sectors).toEqual(expect.arrayContaining(row.sectors));
      if (row.status === 'published' || row.status === 'submitted' || row.status === 'draft') {
        expect(row.deadline >= TODAY).toBe(true);
      }
      if (row.status === 'expired') {
        expect(row.deadline < TODAY).toBe(true);
      }
      expect(row.status !== 'refused' || Boolean(row.refusalReason)).toBe(true);
      expect(row.status !== 'published' || row.publishedAt !== null).toBe(true);
    }
  });
});

describe('seedOpportunities (Postgres)', () => {
  let database: ScratchDatabase;
  beforeAll(async () => {
    database = await createScratchDatabase();
    await seedCompanies(database.pool, 300, { seed: 2 });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('inserts N opportunities by verified firms, with progress, and the demo ones', async () => {
    const progress: number[] = [];
    await seedOpportunities(database.pool, 6001, {
      seed: 4,
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([5000, 6001]);
    const { rows } = await database.pool.query<{ n: number; unverified: number }>(
      `SELECT count(*)::int AS n,
         count(*) FILTER (WHERE c.verification <> 'verified')::int AS unverified
       FROM opportunities o JOIN companies c ON c.id = o.company_id`,
    );
    expect(rows[0]).toEqual({ n: 6001, unverified: 0 });
    expect(await createDemoOpportunities(database.pool)).toBeGreaterThan(3);
  });
});
