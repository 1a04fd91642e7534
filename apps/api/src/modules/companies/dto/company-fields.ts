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
  COUNTRIES,
  HS_CHAPTER_CODES,
  LANGUAGE_CODES,
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

/**
 * The validation of each company field, written once and used by the create DTO (required) and
 * the update DTO (may be absent, never null).
 */

export const NameField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({
      example: 'Crescent Sports Industries (Pvt) Ltd',
      maxLength: 200,
      required: mode === 'required',
    }),
    presence(mode),
    Transform(trim),
    IsString(),
    MinLength(2, { message: 'name must be at least 2 characters' }),
    MaxLength(200, { message: 'name must be at most 200 characters' }),
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
    ApiProperty({ example: 'Sialkot', maxLength: 100, required: mode === 'required' }),
    presence(mode),
    Transform(trim),
    IsString(),
    MinLength(2, { message: 'city must be at least 2 characters' }),
    MaxLength(100, { message: 'city must be at most 100 characters' }),
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
    Matches(/^[0-9-]{1,20}$/, { message: 'registrationNumber may contain only digits and a dash' }),
  );

export const SectorsField = (mode: Presence) =>
  codeListField('sectors', SECTOR_CODES, { min: 1, max: 5 }, mode);
export const OffersHsField = (mode: Presence) =>
  codeListField('offersHs', HS_CHAPTER_CODES, { min: 0, max: 40 }, mode);
export const SeeksHsField = (mode: Presence) =>
  codeListField('seeksHs', HS_CHAPTER_CODES, { min: 0, max: 40 }, mode);
export const PartnershipTypesField = (mode: Presence) =>
  codeListField(
    'partnershipTypes',
    PARTNERSHIP_TYPES,
    { min: 1, max: PARTNERSHIP_TYPES.length },
    mode,
  );
export const JvSectorsField = (mode: Presence) =>
  codeListField('jvSectors', SECTOR_CODES, { min: 0, max: 10 }, mode);
export const LanguagesField = (mode: Presence) =>
  codeListField('languages', LANGUAGE_CODES, { min: 1, max: 10 }, mode);

export const SizeBandField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({ enum: SIZE_BAND_CODES, required: mode === 'required' }),
    presence(mode),
    IsIn(SIZE_BAND_CODES, { message: `sizeBand must be one of ${SIZE_BAND_CODES.join(', ')}` }),
  );

export const FoundedYearField = () =>
  applyDecorators(
    ApiProperty({ type: Number, required: false, nullable: true, minimum: 1800 }),
    IsOptional(),
    IsInt({ message: 'foundedYear must be a whole year' }),
    Min(1800, { message: 'foundedYear must be 1800 or later' }),
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
    }),
    IsOptional(),
    IsString(),
    MaxLength(300),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: 'website must be an http(s) address, e.g. https://example.com' },
    ),
  );

export const DescriptionField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({ maxLength: 4000, required: false }),
    mode === 'required' ? IsOptional() : presence(mode),
    IsString(),
    MaxLength(4000, { message: 'description must be at most 4000 characters' }),
    NoFormula('description'),
  );

export const CertificationsField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({ type: [String], maxItems: 20, required: false }),
    mode === 'required' ? IsOptional() : presence(mode),
    IsArray({ message: 'certifications must be a list' }),
    ArrayMaxSize(20, { message: 'certifications takes at most 20 items' }),
    IsString({ each: true }),
    MinLength(1, { each: true, message: 'each certification must be at least 1 character' }),
    MaxLength(100, { each: true, message: 'each certification must be at most 100 characters' }),
    NoFormula('certifications', { each: true }),
  );
