import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsPageLimit } from '../../chat-validation';

export class ListConversationsQuery {
  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @IsPageLimit()
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
