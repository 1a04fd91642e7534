import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  COUNTRIES,
  HS_CHAPTER_CODES,
  PARTNERSHIP_TYPES,
  SECTOR_CODES,
  type Country,
  type PartnershipType,
  type SectorCode,
} from '@jcc/contracts';
import { PageQuery } from '../../../common/pagination/page-query';

/** `a,b` or repeated `?x=a&x=b` both mean "any of a, b". */
const toList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value])
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

export class ListCompaniesQuery extends PageQuery {
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

  @ApiPropertyOptional({ description: 'HS chapter(s) offered or sought, comma-separated' })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(20)
  @IsIn(HS_CHAPTER_CODES, { each: true, message: 'hs has an unknown chapter' })
  hs?: string[];

  @ApiPropertyOptional({ description: 'Partnership type(s), comma-separated' })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(20)
  @IsIn(PARTNERSHIP_TYPES, { each: true, message: 'partnershipType has an unknown value' })
  partnershipType?: PartnershipType[];

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'verified must be true or false' })
  verified?: boolean;

  @ApiPropertyOptional({ description: 'Full-text search over name and description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
