import type { CompanyCountsResponse, Country, SectorCode } from '@jcc/contracts';

export interface SectorRow {
  sector: SectorCode;
  counts: Record<Country, number>;
  total: number;
}

/** One row per sector with firms of each country, the largest sectors first, at most `limit`. */
export function sectorRows(
  bySectorAndCountry: CompanyCountsResponse['bySectorAndCountry'],
  limit: number,
): SectorRow[] {
  const rows = new Map<SectorCode, SectorRow>();
  for (const { sector, country, count } of bySectorAndCountry) {
    const row = rows.get(sector) ?? { sector, counts: { PK: 0, AZ: 0 }, total: 0 };
    row.counts[country] += count;
    row.total += count;
    rows.set(sector, row);
  }
  return [...rows.values()]
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.sector.localeCompare(b.sector))
    .slice(0, limit);
}
