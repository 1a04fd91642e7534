import type { Country, SectorCode, StatsResponse } from '@jcc/contracts';

/** Firms per sector, one row per sector with a column per country, the largest sectors first. */
export function firmsBySector(
  rows: StatsResponse['firmsByCountrySector'],
): { sector: SectorCode; PK: number; AZ: number; total: number }[] {
  const bySector = new Map<SectorCode, Record<Country, number>>();
  for (const row of rows) {
    const counts = bySector.get(row.sector) ?? { PK: 0, AZ: 0 };
    counts[row.country] += row.total;
    bySector.set(row.sector, counts);
  }
  return [...bySector.entries()]
    .map(([sector, counts]) => ({ sector, ...counts, total: counts.PK + counts.AZ }))
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.sector.localeCompare(b.sector));
}

/** Delegation fill, as percentages for the bars. */
export function fillRates(rows: StatsResponse['delegations']) {
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    confirmedPercent: Math.round(row.fillRate * 100),
    promisedPercent: row.capacity > 0 ? Math.round((row.seatsTaken / row.capacity) * 100) : 0,
    confirmed: row.confirmed,
    seatsTaken: row.seatsTaken,
    capacity: row.capacity,
  }));
}
