import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DELEGATION_MEMBER_STATUSES, type DelegationMemberStatus } from '@jcc/contracts';
import { PageQuery, toInteger } from '../../../common/pagination/page-query';

const toList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value])
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

export class ListMembersQuery extends PageQuery {
  @ApiPropertyOptional({
    description: `Status(es), comma-separated: ${DELEGATION_MEMBER_STATUSES.join(', ')}`,
  })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(6)
  @IsIn(DELEGATION_MEMBER_STATUSES, { each: true, message: 'status has an unknown value' })
  status?: DelegationMemberStatus[];
}

export class ExportQuery {
  @ApiPropertyOptional({
    description:
      'Status(es), comma-separated; default: every firm on the list except those who declined',
  })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(6)
  @IsIn(DELEGATION_MEMBER_STATUSES, { each: true, message: 'status has an unknown value' })
  status?: DelegationMemberStatus[];
}

export class CandidatesQuery {
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(100, { message: 'limit must be at most 100' })
  limit?: number;
}
