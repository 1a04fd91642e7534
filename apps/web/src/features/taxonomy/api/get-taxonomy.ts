import type { TaxonomyResponse } from '@jcc/contracts';

import { apiGet } from '../../../lib/api-client';

/** GET /api/taxonomy — sectors, HS chapters and the other reference lists. */
export function getTaxonomy(signal?: AbortSignal): Promise<TaxonomyResponse> {
  return apiGet<TaxonomyResponse>('/api/taxonomy', { signal });
}
