import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Matches, Max, Min, NotContains } from 'class-validator';
import { CHAT_LIMITS } from '@jcc/contracts';

/** seq columns are Postgres `integer`: anything larger is the client's error, not a 500. */
export const MAX_SEQ = 2_147_483_647;

/** Query strings arrive as text: "12" becomes 12, anything else stays as sent and fails. */
export const toIntIfDigits = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;

/** A message body, the same rules over REST and sockets. */
export function IsMessageBody(): PropertyDecorator {
  const { bodyMinLength: min, bodyMaxLength: max } = CHAT_LIMITS;
  return applyDecorators(
    IsString({ message: 'body must be a string' }),
    Length(min, max, { message: `body must be ${min} to ${max} characters` }),
    Matches(/\S/, { message: 'body must not be blank' }),
    // Postgres text cannot hold U+0000; refusing it here keeps it a 400 instead of a 500.
    NotContains('\u0000', { message: 'body must not contain NUL characters' }),
  );
}

/** A seq position (0 = before the first message). */
export function IsSeq(field: string, min = 0): PropertyDecorator {
  return applyDecorators(
    IsInt({ message: `${field} must be a whole number` }),
    Min(min, { message: `${field} must be at least ${min}` }),
    Max(MAX_SEQ, { message: `${field} must be at most ${MAX_SEQ}` }),
  );
}

/** `?limit=` of a list: 1–100 as the contract says. */
export function IsPageLimit(max = 100): PropertyDecorator {
  return applyDecorators(
    Transform(toIntIfDigits),
    IsInt({ message: 'limit must be a whole number' }),
    Min(1, { message: 'limit must be at least 1' }),
    Max(max, { message: `limit must be at most ${max}` }),
  );
}
