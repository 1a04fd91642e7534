import { generateCompanies } from './company-generator';
import { seedCompanies } from './seed-companies';
import { readCompanies } from './testing/read-companies';
import { createScratchDatabase } from './testing/scratch-database';
import type { ScratchDatabase } from './testing/scratch-database';

describe('seedCompanies (Postgres)', () => {
  let database: ScratchDatabase;

  beforeAll(async () => {
    database = await createScratchDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('inserts in batches the very firms one generation would give, with progress', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const progress: [number, number][] = [];

    await seedCompanies(database.pool, 2345, {
      seed: 3,
      batchSize: 500,
      now,
      onProgress: (done, total) => progress.push([done, total]),
    });

    expect(progress).toEqual([
      [500, 2345],
      [1000, 2345],
      [1500, 2345],
      [2000, 2345],
      [2345, 2345],
    ]);
    const byNumber = (companies: Iterable<{ registrationNumber: string | null }>) =>
      [...companies].sort((a, b) =>
        (a.registrationNumber ?? '').localeCompare(b.registrationNumber ?? ''),
      );
    const stored = await readCompanies(database.pool);
    expect(byNumber(stored.values())).toEqual(byNumber(generateCompanies(2345, { seed: 3, now })));
  });

  it('refuses a batch size that would never finish', async () => {
    await expect(seedCompanies(database.pool, 10, { batchSize: 0 })).rejects.toThrow(RangeError);
  });
});
