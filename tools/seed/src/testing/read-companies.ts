import type { Pool } from 'pg';

import type { SeedCompany } from '../seed-company';

interface CompanyRow {
  id: string;
  name: string;
  country: SeedCompany['country'];
  city: string;
  registration_number: string | null;
  sectors: SeedCompany['sectors'];
  offers_hs: string[];
  seeks_hs: string[];
  partnership_types: SeedCompany['partnershipTypes'];
  jv_sectors: SeedCompany['jvSectors'];
  size_band: SeedCompany['sizeBand'];
  founded_year: number | null;
  languages: SeedCompany['languages'];
  website: string | null;
  description: string;
  certifications: string[];
  verification: SeedCompany['verification'];
  verification_note: string | null;
  verified_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** Every row of `companies`, keyed by id, read back into the generator's shape for comparison. */
export async function readCompanies(pool: Pool): Promise<Map<string, SeedCompany>> {
  const { rows } = await pool.query<CompanyRow>('SELECT * FROM companies');
  return new Map(
    rows.map((row) => [
      row.id,
      {
        name: row.name,
        country: row.country,
        city: row.city,
        registrationNumber: row.registration_number,
        sectors: row.sectors,
        offersHs: row.offers_hs,
        seeksHs: row.seeks_hs,
        partnershipTypes: row.partnership_types,
        jvSectors: row.jv_sectors,
        sizeBand: row.size_band,
        foundedYear: row.founded_year,
        languages: row.languages,
        website: row.website,
        description: row.description,
        certifications: row.certifications,
        verification: row.verification,
        verificationNote: row.verification_note,
        verifiedAt: row.verified_at,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      },
    ]),
  );
}
