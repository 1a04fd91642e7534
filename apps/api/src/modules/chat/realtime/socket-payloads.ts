import { plainToInstance } from 'class-transformer';
import { IsOptional, IsUUID, validateSync } from 'class-validator';
import { CHAT_LIMITS } from '@jcc/contracts';
import { InvalidInputError } from '../../../common/errors/domain-error';
import { toFieldErrors } from '../../../common/errors/validation-errors';
import { IsPageLimit, IsSeq } from '../chat-validation';
import { SendMessageDto } from '../messages/dto/send-message.dto';

/** Socket payloads get the same checks as REST bodies: types, ranges, no unknown fields. */
export class SendMessagePayloadDto extends SendMessageDto {
  @IsUUID('all', { message: 'conversationId must be a UUID' })
  conversationId: string;
}

export class SyncPayloadDto {
  @IsUUID('all', { message: 'conversationId must be a UUID' })
  conversationId: string;

  @IsSeq('afterSeq')
  afterSeq: number;

  @IsOptional()
  @IsPageLimit(CHAT_LIMITS.syncPageMax)
  limit?: number;
}

export class TypingPayloadDto {
  @IsUUID('all', { message: 'conversationId must be a UUID' })
  conversationId: string;
}

export class ReadPayloadDto {
  @IsUUID('all', { message: 'conversationId must be a UUID' })
  conversationId: string;

  @IsSeq('seq')
  seq: number;
}

export function parsePayload<T extends object>(type: new () => T, raw: unknown): T {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw InvalidInputError.field('payload', 'payload must be one JSON object');
  }
  const payload = plainToInstance(type, raw);
  const errors = validateSync(payload, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    throw new InvalidInputError(toFieldErrors(errors));
  }
  return payload;
}
