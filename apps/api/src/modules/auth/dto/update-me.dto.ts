import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { UI_LOCALES, type UiLocale } from '@jcc/contracts';
import { NoFormula } from '../../../common/validation/no-formula';

/** What a user may change about their own account (language and displayed name). */
export class UpdateMeDto {
  @ApiPropertyOptional({ enum: UI_LOCALES })
  @ValidateIf((_object, value) => value !== undefined)
  @IsIn(UI_LOCALES, { message: `locale must be one of ${UI_LOCALES.join(', ')}` })
  locale?: UiLocale;

  @ApiPropertyOptional({ minLength: 2, maxLength: 120 })
  @ValidateIf((_object, value) => value !== undefined)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  // Reaches the delegation exports as the contact name.
  @NoFormula('fullName')
  fullName?: string;
}
