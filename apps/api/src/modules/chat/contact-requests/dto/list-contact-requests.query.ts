import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsPageLimit } from '../../chat-validation';

export class ListContactRequestsQuery {
  @ApiPropertyOptional({
    enum: ['in', 'out'],
    default: 'in',
    description: 'in: addressed to your firm; out: sent by it',
  })
  @IsOptional()
  @IsIn(['in', 'out'], { message: 'box must be in or out' })
  box?: 'in' | 'out';

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
