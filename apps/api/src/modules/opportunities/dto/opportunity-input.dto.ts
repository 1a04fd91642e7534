import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  NotContains,
  ValidateIf,
} from 'class-validator';
import { OPPORTUNITY_LIMITS, type OpportunityKind, type SectorCode } from '@jcc/contracts';
import { trim } from '../../../common/validation/field-decorators';
import {
  DeadlineField,
  HsChaptersField,
  KindField,
  SectorsField,
  SummaryField,
  TitleField,
} from './opportunity-fields';

export class CreateOpportunityDto {
  @KindField('required')
  kind: OpportunityKind;

  @TitleField('required')
  title: string;

  @SummaryField('required')
  summary: string;

  @SectorsField('required')
  sectors: SectorCode[];

  @HsChaptersField('optional')
  hsChapters?: string[];

  @DeadlineField('required')
  deadline: string;

  @ApiPropertyOptional({ default: false, description: 'Send it to staff review at once' })
  @IsOptional()
  @IsBoolean({ message: 'submit must be true or false' })
  submit?: boolean;
}

/** Partial: what is absent stays. An edit of a published one sends it back to review. */
export class UpdateOpportunityDto {
  @KindField('optional')
  kind?: OpportunityKind;

  @TitleField('optional')
  title?: string;

  @SummaryField('optional')
  summary?: string;

  @SectorsField('optional')
  sectors?: SectorCode[];

  @HsChaptersField('optional')
  hsChapters?: string[];

  @DeadlineField('optional')
  deadline?: string;
}

const { refusalReason, interestMessage } = OPPORTUNITY_LIMITS;

export class ReviewOpportunityDto {
  @ApiProperty({ enum: ['publish', 'refuse'] })
  @IsIn(['publish', 'refuse'], { message: 'decision must be publish or refuse' })
  decision: 'publish' | 'refuse';

  @ApiPropertyOptional({
    minLength: refusalReason.min,
    maxLength: refusalReason.max,
    description: 'Required to refuse: the firm reads it',
  })
  @ValidateIf((dto: ReviewOpportunityDto) => dto.decision === 'refuse' || dto.reason !== undefined)
  @Transform(trim)
  @IsString({ message: 'reason is required to refuse' })
  @MinLength(refusalReason.min, {
    message: `reason must be at least ${refusalReason.min} characters`,
  })
  @MaxLength(refusalReason.max, {
    message: `reason must be at most ${refusalReason.max} characters`,
  })
  @NotContains('\u0000', { message: 'reason must not contain NUL characters' })
  reason?: string;
}

export class ExpressInterestDto {
  @ApiProperty({
    minLength: interestMessage.min,
    maxLength: interestMessage.max,
    description: 'The introduction: the first message of the conversation once accepted',
  })
  @Transform(trim)
  @IsString({ message: 'message must be a string' })
  @MinLength(interestMessage.min, {
    message: `message must be at least ${interestMessage.min} characters`,
  })
  @MaxLength(interestMessage.max, {
    message: `message must be at most ${interestMessage.max} characters`,
  })
  @NotContains('\u0000', { message: 'message must not contain NUL characters' })
  message: string;
}
