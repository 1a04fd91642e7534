import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { InvalidInputError } from '../errors/domain-error';
import { toFieldErrors } from '../errors/validation-errors';
import { findNulCharacter, NUL_CHARACTER_MESSAGE } from './nul-characters';

/**
 * class-validator with unknown fields refused, not silently dropped (a client with a typo should
 * hear about it), and strings with NUL characters refused before they reach Postgres.
 */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Gateway handlers also receive the Socket through global pipes ('custom'): only payloads.
    const field = metadata.type === 'custom' ? null : findNulCharacter(value);
    if (field) {
      throw InvalidInputError.field(field, `${field} ${NUL_CHARACTER_MESSAGE}`);
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new InvalidInputError(toFieldErrors(errors)),
  });
}
