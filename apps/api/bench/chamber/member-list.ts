import { IMPORT_COLUMNS } from '@jcc/contracts';
import type { SeedCompany } from '@jcc/seed';

const quote = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** A chamber member list as staff would upload it: the seed generator's firms as CSV rows. */
export function memberListCsv(firms: readonly SeedCompany[]): string {
  const header = IMPORT_COLUMNS.map((column) => column.name);
  const rows = firms.map((firm) => {
    const cells: Record<string, string> = {
      name: firm.name,
      country: firm.country,
      city: firm.city,
      sectors: firm.sectors.join('; '),
      partnershipTypes: firm.partnershipTypes.join('; '),
      sizeBand: firm.sizeBand,
      languages: firm.languages.join('; '),
      registrationNumber: firm.registrationNumber ?? '',
      offersHs: firm.offersHs.join('; '),
      seeksHs: firm.seeksHs.join('; '),
      jvSectors: firm.jvSectors.join('; '),
      foundedYear: firm.foundedYear === null ? '' : String(firm.foundedYear),
      website: firm.website ?? '',
      description: firm.description,
      certifications: firm.certifications.join('; '),
      contactName: '',
      contactEmail: firm.website ? `info@${new URL(firm.website).hostname}` : '',
      contactPhone: '',
    };
    return header.map((column) => quote(cells[column] ?? '')).join(',');
  });
  return [header.join(','), ...rows].join('\r\n');
}
