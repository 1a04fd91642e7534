import { HS_CHAPTERS, SECTORS, type Country, type DelegationDirection } from '@jcc/contracts';
import type { ExportRow } from '../delegation-lists';

const SECTOR_NAMES = new Map<string, string>(SECTORS.map((sector) => [sector.code, sector.name]));
const HS_NAMES = new Map<string, string>(
  HS_CHAPTERS.map((chapter) => [chapter.code, chapter.name]),
);
const COUNTRY_NAMES: Record<Country, string> = { PK: 'Pakistan', AZ: 'Azerbaijan' };

export const countryName = (country: Country) => COUNTRY_NAMES[country];

export function directionLabel(direction: DelegationDirection): string {
  return direction === 'PK_TO_AZ' ? 'Pakistan → Azerbaijan' : 'Azerbaijan → Pakistan';
}

export const sectorList = (codes: readonly string[]) =>
  codes.map((code) => SECTOR_NAMES.get(code) ?? code).join('; ');

export const sectorNames = (row: ExportRow) => sectorList(row.sectors);

/** "52 Cotton; 63 …": products as HS chapters, numbered so a customs officer can read them. */
export const productNames = (row: ExportRow) =>
  row.offersHs.map((code) => `${code} ${HS_NAMES.get(code) ?? ''}`.trim()).join('; ');

export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return slug || 'delegation';
}
