import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { DELEGATION_DIRECTIONS, SECTOR_CODES } from '@jcc/contracts';
import { NoFormula } from '../../../common/validation/no-formula';
import {
  codeListField,
  presence,
  trim,
  type Presence,
} from '../../../common/validation/field-decorators';

/** Each delegation field's validation, written once for create (required) and update (optional). */

export const TitleField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({
      example: 'Textile buyers to Baku, spring 2027',
      minLength: 3,
      maxLength: 200,
      required: mode === 'required',
    }),
    presence(mode),
    Transform(trim),
    IsString(),
    MinLength(3, { message: 'title must be at least 3 characters' }),
    MaxLength(200, { message: 'title must be at most 200 characters' }),
    NoFormula('title'),
  );

export const DirectionField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({
      enum: DELEGATION_DIRECTIONS,
      required: mode === 'required',
      description: 'PK_TO_AZ: Pakistani firms visit Azerbaijan',
    }),
    presence(mode),
    IsIn(DELEGATION_DIRECTIONS, { message: 'direction must be PK_TO_AZ or AZ_TO_PK' }),
  );

export const HostCityField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({ example: 'Baku', maxLength: 100, required: mode === 'required' }),
    presence(mode),
    Transform(trim),
    IsString(),
    MinLength(2, { message: 'hostCity must be at least 2 characters' }),
    MaxLength(100, { message: 'hostCity must be at most 100 characters' }),
  );

export const DateField = (field: 'startsOn' | 'endsOn', mode: Presence) =>
  applyDecorators(
    ApiProperty({
      type: String,
      format: 'date',
      example: field === 'startsOn' ? '2027-04-12' : '2027-04-16',
      required: mode === 'required',
    }),
    presence(mode),
    IsString({ message: `${field} must be a date YYYY-MM-DD` }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date YYYY-MM-DD` }),
    // strict: 2027-02-30 is not a date.
    IsISO8601({ strict: true }, { message: `${field} must be a real calendar date` }),
  );

export const SectorsField = (mode: Presence) =>
  codeListField('sectors', SECTOR_CODES, { min: 1, max: 10 }, mode);

export const CapacityField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({ minimum: 1, maximum: 10000, example: 25, required: mode === 'required' }),
    presence(mode),
    IsInt({ message: 'capacity must be a whole number' }),
    Min(1, { message: 'capacity must be at least 1' }),
    Max(10000, { message: 'capacity must be at most 10000' }),
  );
