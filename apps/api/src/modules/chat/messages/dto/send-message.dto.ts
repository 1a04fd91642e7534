import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CHAT_LIMITS } from '@jcc/contracts';
import { IsMessageBody } from '../../chat-validation';

export class SendMessageDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Made by the sender; sending it again returns the stored message',
  })
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId: string;

  @ApiProperty({ minLength: CHAT_LIMITS.bodyMinLength, maxLength: CHAT_LIMITS.bodyMaxLength })
  @IsMessageBody()
  body: string;
}
