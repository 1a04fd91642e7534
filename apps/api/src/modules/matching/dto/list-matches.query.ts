import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  PARTNERSHIP_TYPES,
  SECTOR_CODES,
  type PartnershipType,
  type SectorCode,
} from '@jcc/contracts';
import { PageQuery, toInteger } from '../../../common/pagination/page-query';

/** `a,b` or repeated `?x=a&x=b` both mean "any of a, b". */
const toList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value])
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/** GET /api/matches and GET /api/companies/:id/matches. */
export class ListMatchesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Partner sector code(s), comma-separated: any of them' })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(SECTOR_CODES.length, {
    message: `sector takes at most ${SECTOR_CODES.length} codes`,
  })
  @IsIn(SECTOR_CODES, { each: true, message: 'sector has an unknown code; see GET /api/taxonomy' })
  sector?: SectorCode[];

  @ApiPropertyOptional({ description: 'Partner partnership type(s), comma-separated: any of them' })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(PARTNERSHIP_TYPES.length, {
    message: `partnershipType takes at most ${PARTNERSHIP_TYPES.length} values`,
  })
  @IsIn(PARTNERSHIP_TYPES, {
    each: true,
    message: `partnershipType must be one of ${PARTNERSHIP_TYPES.join(', ')}`,
  })
  partnershipType?: PartnershipType[];

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    description: 'Only matches scoring at least this',
  })
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'minScore must be a whole number' })
  @Min(0, { message: 'minScore must be at least 0' })
  @Max(100, { message: 'minScore must be at most 100' })
  minScore?: number;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only the firms you saved' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'saved must be true or false' })
  saved?: boolean;
}
