import type { Pool } from 'pg';

import { generateCompanies } from './company-generator';
import { insertCompanies } from './insert-companies';
import { NameRegistry } from './name-registry';

export interface SeedCompaniesOptions {
  seed?: number;
  /** Firms per INSERT statement; 5,000 keeps each statement a few MB. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** `createdAt` falls in the two years before this; defaults to the time of the call. */
  now?: Date;
}

export const DEFAULT_BATCH_SIZE = 5000;

/**
 * Generates and inserts `count` firms batch by batch, so that only two batches are ever held in
 * memory. Each batch is generated while the previous one is being inserted: generation is CPU work
 * in Node and the insert is work in Postgres, so the two overlap on separate cores. Every batch is
 * its own statement; a failure leaves the batches before it in place.
 */
export async function seedCompanies(
  pool: Pool,
  count: number,
  options: SeedCompaniesOptions = {},
): Promise<void> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }
  // One registry for the whole run keeps names unique across batches.
  const names = new NameRegistry();
  const now = options.now ?? new Date();
  let done = 0;
  let inserting: Promise<void> = Promise.resolve();
  try {
    for (let start = 0; start < count; start += batchSize) {
      const batch = generateCompanies(Math.min(batchSize, count - start), {
        seed: options.seed,
        startIndex: start,
        names,
        now,
      });
      // At most one insert in flight: wait for the previous batch before sending this one.
      await inserting;
      inserting = insertCompanies(pool, batch).then(() => {
        done += batch.length;
        options.onProgress?.(done, count);
      });
    }
    await inserting;
  } catch (error) {
    // Let an insert still in flight settle rather than reject with nobody listening.
    await inserting.catch(() => undefined);
    throw error;
  }
}
