import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { BULK_VERIFICATION_MAX } from '@jcc/contracts';

export class BulkVerificationDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: BULK_VERIFICATION_MAX })
  @IsArray({ message: 'companyIds must be a list' })
  @ArrayMinSize(1, { message: 'companyIds needs at least 1 id' })
  @ArrayMaxSize(BULK_VERIFICATION_MAX, {
    message: `companyIds takes at most ${BULK_VERIFICATION_MAX} ids`,
  })
  @ArrayUnique({ message: 'companyIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'each of companyIds must be a UUID' })
  companyIds: string[];

  @ApiProperty({ enum: ['verified', 'rejected'] })
  @IsIn(['verified', 'rejected'], { message: 'status must be verified or rejected' })
  status: 'verified' | 'rejected';

  @ApiProperty({
    required: false,
    maxLength: 1000,
    description: 'Shown to every firm decided; required to reject.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note?: string;
}
