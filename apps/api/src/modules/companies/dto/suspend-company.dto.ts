import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { NoFormula } from '../../../common/validation/no-formula';

export class SuspendCompanyDto {
  @ApiProperty({
    minLength: 3,
    maxLength: 500,
    description: "Why; the firm's accounts read it on the sign-in error.",
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(3, { message: 'reason must be at least 3 characters: tell the firm why' })
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  @NoFormula('reason')
  reason: string;
}
