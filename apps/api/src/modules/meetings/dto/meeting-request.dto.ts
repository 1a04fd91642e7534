import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Max,
  Min,
} from 'class-validator';
import {
  MEETING_OUTCOMES,
  MEETING_REPORTS,
  type MeetingOutcome,
  type MeetingReport,
} from '@jcc/contracts';

export class CreateMeetingRequestDto {
  @ApiProperty({ format: 'uuid', description: 'A participant firm of the other side' })
  @IsUUID('all', { message: 'targetCompanyId must be a UUID' })
  targetCompanyId: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;

  @ApiProperty({ minimum: 1, maximum: 5, description: '5 is the most wanted' })
  @IsInt()
  @Min(1)
  @Max(5)
  priority: number;
}

export class AnswerMeetingRequestDto {
  @ApiProperty({ enum: ['accept', 'decline'] })
  @IsIn(['accept', 'decline'], { message: 'decision must be accept or decline' })
  decision: 'accept' | 'decline';
}

export class RegisterHostDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Staff: the host-country firm to invite. A firm registers itself: omit',
  })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId?: string;
}

export class UnavailabilityDto {
  @ApiProperty({ type: [String], description: 'Ids of the sessions the firm cannot attend' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  sessionIds: string[];
}

export class LockMeetingDto {
  @ApiProperty()
  @IsBoolean()
  locked: boolean;
}

export class ReportMeetingDto {
  @ApiProperty({ enum: MEETING_REPORTS })
  @IsIn(MEETING_REPORTS, { message: `report must be one of ${MEETING_REPORTS.join(', ')}` })
  report: MeetingReport;
}

export class MeetingOutcomeDto {
  @ApiProperty({ enum: MEETING_OUTCOMES })
  @IsIn(MEETING_OUTCOMES, { message: `outcome must be one of ${MEETING_OUTCOMES.join(', ')}` })
  outcome: MeetingOutcome;
}

export class CheckInDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Staff: the firm to check in. A firm: omit' })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId?: string;
}
