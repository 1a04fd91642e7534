import type { Pool } from 'pg';

import { insertCompanyRows } from '@jcc/api/tooling';
import type { SeedCompany } from './seed-company';

/** A pg Pool or Client: all the insert needs is `query`. */
export interface Queryable {
  query: Pool['query'];
}

/**
 * Inserts the firms in one statement through the companies module's bulk writer (the one writer
 * of that table besides CompaniesService) and returns their ids in the order given. Every
 * generated firm is marked as demo data (DemoFirms migration), so staff can tell it apart.
 */
export function insertCompanies(
  client: Queryable,
  companies: readonly SeedCompany[],
): Promise<string[]> {
  return insertCompanyRows(
    (text, values) => client.query(text, values),
    companies.map((company) => ({ ...company, isDemo: true })),
  );
}
