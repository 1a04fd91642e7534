import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { MATCH_FEEDBACK_ACTIONS, type MatchFeedbackAction } from '@jcc/contracts';

export class MatchFeedbackDto {
  @ApiProperty({ enum: MATCH_FEEDBACK_ACTIONS })
  @IsIn(MATCH_FEEDBACK_ACTIONS, {
    message: `action must be one of ${MATCH_FEEDBACK_ACTIONS.join(', ')}`,
  })
  action: MatchFeedbackAction;
}
