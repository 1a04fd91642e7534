import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsPageLimit, IsSeq, toIntIfDigits } from '../../chat-validation';

export class ListMessagesQuery {
  @ApiPropertyOptional({ description: 'Messages with a greater seq, oldest first' })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsSeq('afterSeq')
  afterSeq?: number;

  @ApiPropertyOptional({
    description: 'Messages with a smaller seq (without afterSeq: the newest of them)',
  })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsSeq('beforeSeq')
  beforeSeq?: number;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @IsPageLimit()
  limit?: number;

  @ApiPropertyOptional({
    description: 'nextCursor of the previous page (instead of afterSeq/beforeSeq)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
