import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DELEGATION_MEMBER_STATUSES, type DelegationMemberStatus } from '@jcc/contracts';

export class SetMemberStatusDto {
  @ApiProperty({
    enum: DELEGATION_MEMBER_STATUSES,
    description: 'A firm may only confirm or decline',
  })
  @IsIn(DELEGATION_MEMBER_STATUSES, {
    message: `status must be one of ${DELEGATION_MEMBER_STATUSES.join(', ')}`,
  })
  status: DelegationMemberStatus;
}
