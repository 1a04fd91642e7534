import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

/** Years the chamber's figures can cover; 0001 or 9999 would only overflow the week series. */
const YEAR_1970_TO_2099 = /^(19[7-9]\d|20\d\d)-/;

export class StatsQuery {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Start of the window (default: 26 weeks before `to`)',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO-8601 date or date-time' })
  @Matches(YEAR_1970_TO_2099, { message: 'from must be a date between 1970 and 2099' })
  from?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'End of the window, exclusive (default: now)',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO-8601 date or date-time' })
  @Matches(YEAR_1970_TO_2099, { message: 'to must be a date between 1970 and 2099' })
  to?: string;
}
