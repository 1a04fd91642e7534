import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { UI_LOCALES, type UiLocale } from '@jcc/contracts';
import { NoFormula } from '../../../common/validation/no-formula';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto {
  @ApiProperty({ example: 'export@crescent-sports.pk' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 128 })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(128, { message: 'password must be at most 128 characters' })
  password: string;

  @ApiProperty({ example: 'Ayesha Khan' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  // Reaches the delegation exports as the contact name.
  @NoFormula('fullName')
  fullName: string;

  @ApiPropertyOptional({ enum: UI_LOCALES })
  @IsOptional()
  @IsIn(UI_LOCALES, { message: `locale must be one of ${UI_LOCALES.join(', ')}` })
  locale?: UiLocale;
}
