import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional } from 'class-validator';
import { COUNTRIES, SECTOR_CODES, type Country, type SectorCode } from '@jcc/contracts';
import { PageQuery } from '../../../common/pagination/page-query';

const toList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value])
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

export class VerificationQueueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: COUNTRIES })
  @IsOptional()
  @IsIn(COUNTRIES, { message: 'country must be PK or AZ' })
  country?: Country;

  @ApiPropertyOptional({ description: 'Sector code(s), comma-separated: any of them' })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(20)
  @IsIn(SECTOR_CODES, { each: true, message: 'sector has an unknown code' })
  sector?: SectorCode[];
}
