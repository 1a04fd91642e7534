import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { EVIDENCE_PAPERS, type EvidencePaper } from '@jcc/contracts';
import { trim } from '../../../common/validation/field-decorators';

export class CreatePaperRequestDto {
  @ApiProperty({ enum: EVIDENCE_PAPERS, isArray: true, minItems: 1, maxItems: 5 })
  @IsArray({ message: 'papers must be a list' })
  @ArrayMinSize(1, { message: 'papers needs at least 1 item' })
  @ArrayMaxSize(5, { message: 'papers takes at most 5 items' })
  @ArrayUnique({ message: 'papers must not repeat an item' })
  @IsIn(EVIDENCE_PAPERS, {
    each: true,
    message: `each of papers must be one of ${EVIDENCE_PAPERS.join(', ')}`,
  })
  papers: EvidencePaper[];

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note?: string;
}
