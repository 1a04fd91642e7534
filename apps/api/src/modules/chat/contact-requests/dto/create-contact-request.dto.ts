import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, NotContains } from 'class-validator';
import { CHAT_LIMITS } from '@jcc/contracts';

export class CreateContactRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'toCompanyId must be a UUID' })
  toCompanyId: string;

  @ApiProperty({
    required: false,
    maxLength: CHAT_LIMITS.contactNoteMaxLength,
    description: 'A short note to the firm',
  })
  @IsOptional()
  @IsString({ message: 'message must be a string' })
  @MaxLength(CHAT_LIMITS.contactNoteMaxLength, {
    message: `message must be at most ${CHAT_LIMITS.contactNoteMaxLength} characters`,
  })
  @NotContains('\u0000', { message: 'message must not contain NUL characters' })
  message?: string;
}
