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

export class CreateCompanyDto {
  @NameField('required') name: string;
  @CountryField('required') country: Country;
  @CityField('required') city: string;
  @RegistrationNumberField() registrationNumber?: string | null;
  @SectorsField('required') sectors: SectorCode[];
  @OffersHsField('required') offersHs: string[];
  @SeeksHsField('required') seeksHs: string[];
  @PartnershipTypesField('required') partnershipTypes: PartnershipType[];
  @JvSectorsField('optional') jvSectors?: SectorCode[];
  @SizeBandField('required') sizeBand: SizeBand;
  @FoundedYearField() foundedYear?: number | null;
  @LanguagesField('required') languages: LanguageCode[];
  @WebsiteField() website?: string | null;
  @DescriptionField('required') description?: string;
  @CertificationsField('required') certifications?: string[];
}
