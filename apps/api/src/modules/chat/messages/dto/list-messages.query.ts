import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { IsSeq, toIntIfDigits } from '../../chat-validation';
import { PageQuery } from '../../../../common/pagination/page-query';

/** `cursor` (from PageQuery) replaces afterSeq/beforeSeq: it carries the next page's bounds. */
export class ListMessagesQuery extends PageQuery {
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
}
