import type { TaxonomyResponse } from '@jcc/contracts';

type Sector = TaxonomyResponse['sectors'][number];

export function SectorChips({ sectors }: { sectors: readonly Sector[] }) {
  if (sectors.length === 0) {
    return <p className="muted">No sectors are listed yet.</p>;
  }
  return (
    <ul className="chips" aria-label="Sectors">
      {sectors.map((sector) => (
        <li key={sector.code} className="chip" title={`ISIC Rev.4: ${sector.isic.join(', ')}`}>
          {sector.name}
        </li>
      ))}
    </ul>
  );
}
