import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../../../common/pagination/page-query';

export class ListContactRequestsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['in', 'out'],
    default: 'in',
    description: 'in: addressed to your firm; out: sent by it',
  })
  @IsOptional()
  @IsIn(['in', 'out'], { message: 'box must be in or out' })
  box?: 'in' | 'out';
}
