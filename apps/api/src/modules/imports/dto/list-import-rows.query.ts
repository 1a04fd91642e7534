import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IMPORT_ROW_OUTCOMES, type ImportRowOutcome } from '@jcc/contracts';
import { PageQuery } from '../../../common/pagination/page-query';

export class ListImportRowsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: IMPORT_ROW_OUTCOMES })
  @IsOptional()
  @IsIn(IMPORT_ROW_OUTCOMES, {
    message: `outcome must be one of ${IMPORT_ROW_OUTCOMES.join(', ')}`,
  })
  outcome?: ImportRowOutcome;
}
