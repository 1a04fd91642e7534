import { IMPORT_COLUMNS } from '@jcc/contracts';

const EXAMPLES: Record<string, [string, string]> = {
  name: ['Crescent Sports Industries', 'Bakı Tekstil Ticarət MMC'],
  country: ['PK', 'AZ'],
  city: ['Sialkot', 'Baku'],
  sectors: ['sports_goods; textiles', 'textiles'],
  partnershipTypes: ['export; joint_venture', 'import; distribution'],
  sizeBand: ['medium', 'small'],
  languages: ['en; ur', 'az; ru; en'],
  registrationNumber: ['1234567-8', '1234567890'],
  offersHs: ['95; 61', ''],
  seeksHs: ['', '61; 63'],
  jvSectors: ['light_industry', ''],
  foundedYear: ['1998', '2011'],
  website: ['https://example.pk', ''],
  description: ['Footballs and sportswear', 'Home textiles wholesaler'],
  certifications: ['ISO 9001', ''],
  contactName: ['Ayesha Khan', 'Elvin Məmmədov'],
  contactEmail: ['export@example.pk', 'info@example.az'],
  contactPhone: ['+92 52 355 0000', '+994 12 555 55 55'],
};

const quote = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A CSV (UTF-8 with a byte-order mark, so Excel opens it right) with every column and two rows. */
export function importTemplateCsv(): string {
  const lines = [
    IMPORT_COLUMNS.map((column) => column.name),
    IMPORT_COLUMNS.map((column) => EXAMPLES[column.name][0]),
    IMPORT_COLUMNS.map((column) => EXAMPLES[column.name][1]),
  ];
  return `\uFEFF${lines.map((line) => line.map(quote).join(',')).join('\r\n')}\r\n`;
}
