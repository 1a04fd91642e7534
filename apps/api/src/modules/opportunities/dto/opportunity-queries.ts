import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  COUNTRIES,
  HS_CHAPTER_CODES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_LIMITS,
  SECTOR_CODES,
  type Country,
  type OpportunityKind,
  type SectorCode,
} from '@jcc/contracts';
import { PageQuery, toInteger } from '../../../common/pagination/page-query';

export class BoardQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OPPORTUNITY_KINDS })
  @IsOptional()
  @IsIn(OPPORTUNITY_KINDS, { message: `kind must be one of ${OPPORTUNITY_KINDS.join(', ')}` })
  kind?: OpportunityKind;

  @ApiPropertyOptional({ enum: SECTOR_CODES })
  @IsOptional()
  @IsIn(SECTOR_CODES, { message: 'sector has an unknown code; see GET /api/taxonomy' })
  sector?: SectorCode;

  @ApiPropertyOptional({ enum: HS_CHAPTER_CODES, description: 'HS chapter, "01".."97"' })
  @IsOptional()
  @IsIn(HS_CHAPTER_CODES, { message: 'hs has an unknown code; see GET /api/taxonomy' })
  hs?: string;

  @ApiPropertyOptional({ enum: COUNTRIES, description: "The posting firm's country" })
  @IsOptional()
  @IsIn(COUNTRIES, { message: 'country must be PK or AZ' })
  country?: Country;

  @ApiPropertyOptional({ maxLength: 200, description: 'Words of the title or summary' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'q must be at most 200 characters' })
  q?: string;
}

export class ForMeQuery {
  @ApiPropertyOptional({ default: 5, minimum: 1, maximum: OPPORTUNITY_LIMITS.forMeMax })
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(OPPORTUNITY_LIMITS.forMeMax, {
    message: `limit must be at most ${OPPORTUNITY_LIMITS.forMeMax}`,
  })
  limit?: number;
}
