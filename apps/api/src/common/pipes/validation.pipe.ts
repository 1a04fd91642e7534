import { ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from '../errors/domain-error';
import { toFieldErrors } from '../errors/validation-errors';

/** Unknown fields are refused, not silently dropped: a client with a typo should hear about it. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new InvalidInputError(toFieldErrors(errors)),
  });
}
