import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** Staff open the chamber's conversation with a firm. */
export class OpenConversationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId: string;
}
