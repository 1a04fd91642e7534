import type {
  Country,
  LanguageCode,
  PartnershipType,
  SectorCode,
  SizeBand,
  VerificationStatus,
} from '@jcc/contracts';

/**
 * What the matcher knows of a firm: plain data, no entity. Lists are read-only and need not be
 * sorted; duplicates are tolerated (they count once).
 */
export interface MatchProfile {
  readonly id: string;
  readonly country: Country;
  readonly sectors: readonly SectorCode[];
  /** HS chapters ('01'..'97') the firm sells. */
  readonly offersHs: readonly string[];
  /** HS chapters ('01'..'97') the firm wants to buy. */
  readonly seeksHs: readonly string[];
  readonly partnershipTypes: readonly PartnershipType[];
  /** Sectors the firm would open a joint venture in; counted only with `joint_venture` in its types. */
  readonly jvSectors: readonly SectorCode[];
  readonly sizeBand: SizeBand;
  readonly languages: readonly LanguageCode[];
  readonly verification: VerificationStatus;
}
