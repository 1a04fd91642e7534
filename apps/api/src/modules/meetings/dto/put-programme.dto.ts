import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  PROGRAMME_BLOCK_KINDS,
  SLOT_MINUTES,
  type ProgrammeBlockKind,
  type SlotMinutes,
} from '@jcc/contracts';

/** Instants need an explicit offset: a bare local time would be ambiguous between PKT and AZT. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const instantMessage = (field: string) => ({
  message: `${field} must be an ISO 8601 date-time with a time zone, e.g. 2027-04-12T09:00:00+04:00`,
});

export class SessionDto {
  @ApiProperty({ example: '2027-04-12T09:00:00+04:00' })
  @Matches(INSTANT, instantMessage('startsAt'))
  @IsISO8601({ strict: true }, instantMessage('startsAt'))
  startsAt: string;

  @ApiProperty({ example: '2027-04-12T12:30:00+04:00' })
  @Matches(INSTANT, instantMessage('endsAt'))
  @IsISO8601({ strict: true }, instantMessage('endsAt'))
  endsAt: string;
}

export class BlockDto {
  @ApiProperty({ enum: PROGRAMME_BLOCK_KINDS })
  @IsIn(PROGRAMME_BLOCK_KINDS, {
    message: `kind must be one of ${PROGRAMME_BLOCK_KINDS.join(', ')}`,
  })
  kind: ProgrammeBlockKind;

  @ApiProperty({ maxLength: 100 })
  @IsString()
  @Length(1, 100)
  label: string;

  @ApiProperty()
  @Matches(INSTANT, instantMessage('startsAt'))
  @IsISO8601({ strict: true }, instantMessage('startsAt'))
  startsAt: string;

  @ApiProperty()
  @Matches(INSTANT, instantMessage('endsAt'))
  @IsISO8601({ strict: true }, instantMessage('endsAt'))
  endsAt: string;
}

export class PutProgrammeDto {
  @ApiProperty({ maxLength: 200, example: 'Baku Expo Centre, Hall 2' })
  @IsString()
  @Length(1, 200)
  venue: string;

  @ApiProperty({ minimum: 1, maximum: 500, description: 'Most tables the venue can hold' })
  @IsInt()
  @Min(1)
  @Max(500)
  venueMaxTables: number;

  @ApiProperty({ enum: SLOT_MINUTES })
  @IsIn(SLOT_MINUTES, { message: 'slotMinutes must be 15, 20 or 30' })
  slotMinutes: SlotMinutes;

  @ApiProperty({ minimum: 0, maximum: 60 })
  @IsInt()
  @Min(0)
  @Max(60)
  breakMinutes: number;

  @ApiProperty({ type: [String], example: ['A1', 'A2', 'B1'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  tables: string[];

  @ApiProperty({ type: [SessionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SessionDto)
  sessions: SessionDto[];

  @ApiPropertyOptional({
    type: [BlockDto],
    description:
      'Blocked periods. Omitted: Friday prayer, and iftar on days of Ramadan, at the venue. [] blocks nothing',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => BlockDto)
  blocks?: BlockDto[];

  @ApiPropertyOptional({ nullable: true, description: 'Requests close at this instant' })
  @IsOptional()
  @Matches(INSTANT, instantMessage('requestDeadline'))
  @IsISO8601({ strict: true }, instantMessage('requestDeadline'))
  requestDeadline?: string | null;

  @ApiProperty({ minimum: 1, maximum: 100, description: 'Most requests one firm may send' })
  @IsInt()
  @Min(1)
  @Max(100)
  quotaPerFirm: number;
}
