import type { Country, LanguageCode, PartnershipType, SectorCode, SizeBand } from '@jcc/contracts';
import {
  CertificationsField,
  CityField,
  CountryField,
  DescriptionField,
  FoundedYearField,
  JvSectorsField,
  LanguagesField,
  NameField,
  OffersHsField,
  PartnershipTypesField,
  RegistrationNumberField,
  SectorsField,
  SeeksHsField,
  SizeBandField,
  WebsiteField,
} from './company-fields';

/** A partial update: absent fields stay as they are; the same rules apply to those present. */
export class UpdateCompanyDto {
  @NameField('optional') name?: string;
  @CountryField('optional') country?: Country;
  @CityField('optional') city?: string;
  @RegistrationNumberField() registrationNumber?: string | null;
  @SectorsField('optional') sectors?: SectorCode[];
  @OffersHsField('optional') offersHs?: string[];
  @SeeksHsField('optional') seeksHs?: string[];
  @PartnershipTypesField('optional') partnershipTypes?: PartnershipType[];
  @JvSectorsField('optional') jvSectors?: SectorCode[];
  @SizeBandField('optional') sizeBand?: SizeBand;
  @FoundedYearField() foundedYear?: number | null;
  @LanguagesField('optional') languages?: LanguageCode[];
  @WebsiteField() website?: string | null;
  @DescriptionField('optional') description?: string;
  @CertificationsField('optional') certifications?: string[];
}
