import { ApiProperty } from '@nestjs/swagger';
import { IsSeq } from '../../chat-validation';

export class MarkReadDto {
  @ApiProperty({
    minimum: 0,
    description: 'Read up to and including this seq (capped at the newest)',
  })
  @IsSeq('seq')
  seq: number;
}
