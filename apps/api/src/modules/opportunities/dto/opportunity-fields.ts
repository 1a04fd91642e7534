import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Matches, MaxLength, MinLength, NotContains } from 'class-validator';
import {
  HS_CHAPTER_CODES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_LIMITS,
  SECTOR_CODES,
} from '@jcc/contracts';
import {
  codeListField,
  presence,
  trim,
  type Presence,
} from '../../../common/validation/field-decorators';
import { NoFormula } from '../../../common/validation/no-formula';

const { title, summary } = OPPORTUNITY_LIMITS;

/** Each field of an opportunity, written once for the create DTO and the update DTO. */
export const KindField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({ enum: OPPORTUNITY_KINDS, required: mode === 'required' }),
    presence(mode),
    IsIn(OPPORTUNITY_KINDS, { message: `kind must be one of ${OPPORTUNITY_KINDS.join(', ')}` }),
  );

const TextField = (field: string, limits: { min: number; max: number }, mode: Presence) =>
  applyDecorators(
    ApiProperty({ minLength: limits.min, maxLength: limits.max, required: mode === 'required' }),
    presence(mode),
    Transform(trim),
    IsString({ message: `${field} must be a string` }),
    MinLength(limits.min, { message: `${field} must be at least ${limits.min} characters` }),
    MaxLength(limits.max, { message: `${field} must be at most ${limits.max} characters` }),
    NotContains('\u0000', { message: `${field} must not contain NUL characters` }),
    NoFormula(field),
  );

export const TitleField = (mode: Presence) => TextField('title', title, mode);
export const SummaryField = (mode: Presence) => TextField('summary', summary, mode);

export const SectorsField = (mode: Presence) =>
  codeListField('sectors', SECTOR_CODES, OPPORTUNITY_LIMITS.sectors, mode);
export const HsChaptersField = (mode: Presence) =>
  codeListField('hsChapters', HS_CHAPTER_CODES, OPPORTUNITY_LIMITS.hsChapters, mode);

/** A calendar day; whether it lies ahead is the service's check (it knows today). */
export const DeadlineField = (mode: Presence) =>
  applyDecorators(
    ApiProperty({ format: 'date', example: '2027-03-31', required: mode === 'required' }),
    presence(mode),
    IsString({ message: 'deadline must be a date like 2027-03-31' }),
    Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
      message: 'deadline must be a date like 2027-03-31',
    }),
  );
