import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  ValidateIf,
} from 'class-validator';

/**
 * Building blocks for DTO fields written once and used by a create DTO (required) and an update
 * DTO (may be absent, never null).
 */
export type Presence = 'required' | 'optional';

export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** Absent is fine on update; null is not, for fields a record cannot do without. */
export function presence(mode: Presence): PropertyDecorator {
  return mode === 'required'
    ? () => undefined
    : ValidateIf((_object, value) => value !== undefined);
}

/** A list of known codes (sectors, HS chapters, languages …) with size limits and no repeats. */
export function codeListField(
  field: string,
  codes: readonly string[],
  { min, max }: { min: number; max: number },
  mode: Presence,
): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      type: [String],
      enum: codes,
      minItems: min,
      maxItems: max,
      required: mode === 'required',
    }),
    presence(mode),
    IsArray({ message: `${field} must be a list` }),
    ArrayMinSize(min, { message: `${field} needs at least ${min} item${min === 1 ? '' : 's'}` }),
    ArrayMaxSize(max, { message: `${field} takes at most ${max} items` }),
    ArrayUnique({ message: `${field} must not repeat an item` }),
    IsIn(codes, { each: true, message: `${field} has an unknown code; see GET /api/taxonomy` }),
  );
}
