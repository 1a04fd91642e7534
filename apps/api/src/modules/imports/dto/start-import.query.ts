import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { TEXT_ENCODINGS, type TextEncoding } from '../parsing/decode-text';

export class StartImportQuery {
  @ApiProperty({ type: Boolean, description: 'true: only report what would happen; false: import' })
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun: boolean;

  @ApiPropertyOptional({
    enum: TEXT_ENCODINGS,
    default: 'auto',
    description:
      'CSV text encoding; auto detects UTF-8 and UTF-16 (with or without a byte-order mark)',
  })
  @IsOptional()
  @IsIn(TEXT_ENCODINGS, { message: `encoding must be one of ${TEXT_ENCODINGS.join(', ')}` })
  encoding?: TextEncoding;
}
