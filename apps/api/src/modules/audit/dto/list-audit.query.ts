import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { AUDIT_ACTIONS } from '@jcc/contracts';
import { PageQuery } from '../../../common/pagination/page-query';

export class ListAuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only entries by this user' })
  @IsOptional()
  @IsUUID('all', { message: 'actor must be a user id (UUID)' })
  actor?: string;

  @ApiPropertyOptional({
    description: `An action (${AUDIT_ACTIONS.join(', ')}) or its prefix, e.g. \`company\` or \`delegation.member\``,
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @Matches(/^[a-z_.]+$/, { message: 'action may hold lower-case letters, _ and .' })
  action?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Entries at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO-8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Entries before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO-8601 date or date-time' })
  to?: string;
}
