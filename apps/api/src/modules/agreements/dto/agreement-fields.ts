import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { AGREEMENT_LIMITS } from '@jcc/contracts';
import { presence, trim, type Presence } from '../../../common/validation/field-decorators';
import { NoFormula } from '../../../common/validation/no-formula';

/** A calendar date `YYYY-MM-DD` that really exists (2027-02-30 does not). */
export const DateOnlyField = (field: string, mode: Presence) =>
  applyDecorators(
    ApiProperty({
      type: String,
      format: 'date',
      example: '2027-04-12',
      required: mode === 'required',
    }),
    presence(mode),
    IsString({ message: `${field} must be a date YYYY-MM-DD` }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date YYYY-MM-DD` }),
    IsISO8601({ strict: true }, { message: `${field} must be a real calendar date` }),
  );

/** Short text shown in lists and exported to CSV, hence no formulas. */
export const ShortTextField = (
  field: string,
  mode: Presence,
  max: number = AGREEMENT_LIMITS.titleMax,
) =>
  applyDecorators(
    ApiProperty({ maxLength: max, required: mode === 'required' }),
    presence(mode),
    Transform(trim),
    IsString({ message: `${field} must be text` }),
    MinLength(1, { message: `${field} must not be empty` }),
    MaxLength(max, { message: `${field} must be at most ${max} characters` }),
    NoFormula(field),
  );

export const LongTextField = (field: string, max: number) =>
  applyDecorators(
    ApiProperty({ maxLength: max, required: false }),
    presence('optional'),
    IsString({ message: `${field} must be text` }),
    MaxLength(max, { message: `${field} must be at most ${max} characters` }),
  );

export const DocumentUrlField = () =>
  applyDecorators(
    ApiProperty({
      type: String,
      required: false,
      nullable: true,
      description: 'A link to the signed document',
      example: 'https://chamber.example/mou.pdf',
    }),
    // null clears the link on an update.
    IsOptional(),
    IsString({ message: 'documentUrl must be a link' }),
    MaxLength(AGREEMENT_LIMITS.urlMax),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: 'documentUrl must be an http(s) address' },
    ),
  );
