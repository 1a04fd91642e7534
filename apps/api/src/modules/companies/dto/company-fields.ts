import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  COMPANY_LIMITS,
  COUNTRIES,
  HS_CHAPTER_CODES,
  LANGUAGE_CODES,
  normalizeWebsite,
  PARTNERSHIP_TYPES,
  SECTOR_CODES,
  SIZE_BAND_CODES,
} from '@jcc/contracts';
import {
  codeListField,
  presence,
  trim,
  type Presence,
} from '../../../common/validation/field-decorators';
import { NoFormula } from '../../../common/validation/no-formula';

const { name, city, certifications, certificationMaxLength: certification } = COMPANY_LIMITS;

/**
 * The validation of each company field, written once and used by the create DTO (required) and
 * the update DTO (may be absent, never null).
 */

export const NameField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({
      example: 'Crescent Sports Industries (Pvt) Ltd',
      maxLength: name.max,
      required: mode === 'required',
    }),
    presence(mode),
    Transform(trim),
    IsString(),
    MinLength(name.min, { message: `name must be at least ${name.min} characters` }),
    MaxLength(name.max, { message: `name must be at most ${name.max} characters` }),
    NoFormula('name'),
  );

export const CountryField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({ enum: COUNTRIES, required: mode === 'required' }),
    presence(mode),
    IsIn(COUNTRIES, { message: 'country must be PK or AZ' }),
  );

export const CityField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({ example: 'Sialkot', maxLength: city.max, required: mode === 'required' }),
    presence(mode),
    Transform(trim),
    IsString(),
    MinLength(city.min, { message: `city must be at least ${city.min} characters` }),
    MaxLength(city.max, { message: `city must be at most ${city.max} characters` }),
    NoFormula('city'),
  );

export const RegistrationNumberField = () =>
  applyDecorators(
    ApiProperty({
      type: String,
      required: false,
      nullable: true,
      description: 'PK: NTN `1234567-8`; AZ: VÖEN, 10 digits. Shown only to the owner and staff.',
    }),
    IsOptional(),
    Transform(trim),
    IsString(),
    Matches(new RegExp(`^[0-9-]{1,${COMPANY_LIMITS.registrationNumberMaxLength}}$`), {
      message: 'registrationNumber may contain only digits and a dash',
    }),
  );

export const SectorsField = (mode: Presence) =>
  codeListField('sectors', SECTOR_CODES, COMPANY_LIMITS.sectors, mode);
export const OffersHsField = (mode: Presence) =>
  codeListField('offersHs', HS_CHAPTER_CODES, COMPANY_LIMITS.hsChapters, mode);
export const SeeksHsField = (mode: Presence) =>
  codeListField('seeksHs', HS_CHAPTER_CODES, COMPANY_LIMITS.hsChapters, mode);
export const PartnershipTypesField = (mode: Presence) =>
  codeListField(
    'partnershipTypes',
    PARTNERSHIP_TYPES,
    { min: 1, max: PARTNERSHIP_TYPES.length },
    mode,
  );
export const JvSectorsField = (mode: Presence) =>
  codeListField('jvSectors', SECTOR_CODES, COMPANY_LIMITS.jvSectors, mode);
export const LanguagesField = (mode: Presence) =>
  codeListField('languages', LANGUAGE_CODES, COMPANY_LIMITS.languages, mode);

export const SizeBandField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({ enum: SIZE_BAND_CODES, required: mode === 'required' }),
    presence(mode),
    IsIn(SIZE_BAND_CODES, { message: `sizeBand must be one of ${SIZE_BAND_CODES.join(', ')}` }),
  );

export const FoundedYearField = () =>
  applyDecorators(
    ApiProperty({
      type: Number,
      required: false,
      nullable: true,
      minimum: COMPANY_LIMITS.foundedYearMin,
    }),
    IsOptional(),
    IsInt({ message: 'foundedYear must be a whole year' }),
    Min(COMPANY_LIMITS.foundedYearMin, {
      message: `foundedYear must be ${COMPANY_LIMITS.foundedYearMin} or later`,
    }),
    // Next year included, so a server running across New Year never refuses a true year.
    Max(new Date().getUTCFullYear() + 1, { message: 'foundedYear cannot be in the future' }),
  );

export const WebsiteField = () =>
  applyDecorators(
    ApiProperty({
      type: String,
      required: false,
      nullable: true,
      example: 'https://crescent-sports.pk',
      description: 'An address without a scheme (crescent-sports.pk) is stored with https://',
    }),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? normalizeWebsite(value) : value,
    ),
    IsOptional(),
    IsString(),
    MaxLength(COMPANY_LIMITS.websiteMaxLength),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: 'website must be an http(s) address, e.g. https://example.com' },
    ),
  );

export const DescriptionField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({ maxLength: COMPANY_LIMITS.descriptionMaxLength, required: false }),
    mode === 'required' ? IsOptional() : presence(mode),
    IsString(),
    MaxLength(COMPANY_LIMITS.descriptionMaxLength, {
      message: `description must be at most ${COMPANY_LIMITS.descriptionMaxLength} characters`,
    }),
    NoFormula('description'),
  );

export const CertificationsField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({ type: [String], maxItems: certifications.max, required: false }),
    mode === 'required' ? IsOptional() : presence(mode),
    IsArray({ message: 'certifications must be a list' }),
    ArrayMaxSize(certifications.max, {
      message: `certifications takes at most ${certifications.max} items`,
    }),
    IsString({ each: true }),
    MinLength(1, { each: true, message: 'each certification must be at least 1 character' }),
    MaxLength(certification, {
      each: true,
      message: `each certification must be at most ${certification} characters`,
    }),
    NoFormula('certifications', { each: true }),
  );
