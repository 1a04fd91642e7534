import type {
  Country,
  LanguageCode,
  PartnershipType,
  SectorCode,
  SizeBand,
  VerificationStatus,
} from '@jcc/contracts';

/** One row of `companies` in camelCase, without the id, the owner and the generated `search`. */
export interface SeedCompany {
  name: string;
  country: Country;
  city: string;
  registrationNumber: string | null;
  sectors: SectorCode[];
  offersHs: string[];
  seeksHs: string[];
  partnershipTypes: PartnershipType[];
  jvSectors: SectorCode[];
  sizeBand: SizeBand;
  foundedYear: number | null;
  languages: LanguageCode[];
  website: string | null;
  description: string;
  certifications: string[];
  verification: VerificationStatus;
  verificationNote: string | null;
  verifiedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
