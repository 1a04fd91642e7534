import type { Pool } from 'pg';
import type { Country, SectorCode } from '@jcc/contracts';
import { insertOpportunityRows } from '@jcc/api/tooling';
import { generateOpportunities, type PostingFirm } from './opportunity-generator';

export const OPPORTUNITY_BATCH_SIZE = 5000;

/** Verified firms post; demo firms only when asked, so a benchmark can use any seeded database. */
async function postingFirms(pool: Pool): Promise<PostingFirm[]> {
  const { rows } = await pool.query<{ id: string; country: Country; sectors: SectorCode[] }>(
    `SELECT id, country, sectors FROM companies WHERE verification = 'verified' ORDER BY id`,
  );
  return rows;
}

/**
 * Generates and inserts `count` opportunities by verified firms, batch by batch (one statement
 * each), for benchmarks (`npm run seed -- --companies 0 --opportunities 50000`).
 */
export async function seedOpportunities(
  pool: Pool,
  count: number,
  options: { seed?: number; onProgress?: (done: number, total: number) => void; now?: Date } = {},
): Promise<void> {
  const firms = await postingFirms(pool);
  let done = 0;
  for (let start = 0; start < count; start += OPPORTUNITY_BATCH_SIZE) {
    const batch = generateOpportunities(firms, Math.min(OPPORTUNITY_BATCH_SIZE, count - start), {
      seed: options.seed,
      startIndex: start,
      now: options.now,
    });
    await insertOpportunityRows((text, values) => pool.query(text, values), batch);
    done += batch.length;
    options.onProgress?.(done, count);
  }
}
