import type { FieldError } from '@jcc/contracts';

/**
 * Errors that services throw. Each carries an HTTP status and a stable code; the one exception
 * filter turns them into the contract's `{ statusCode, error, message }` shape.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string | FieldError[],
  ) {
    super(typeof message === 'string' ? message : 'Validation failed');
    this.details = message;
  }

  readonly details: string | FieldError[];
}

export class InvalidInputError extends DomainError {
  constructor(errors: FieldError[]) {
    super(400, 'invalid_input', errors);
  }

  static field(field: string, message: string): InvalidInputError {
    return new InvalidInputError([{ field, messages: [message] }]);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = 'Sign in to continue', code = 'unauthorized') {
    super(401, code, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this', code = 'forbidden') {
    super(403, code, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(404, 'not_found', `${what} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string | FieldError[], code = 'conflict') {
    super(409, code, message);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(
    message: string,
    code = 'rate_limited',
    readonly retryAfterSeconds?: number,
  ) {
    super(429, code, message);
  }
}

export class PayloadTooLargeError extends DomainError {
  constructor(message: string, code = 'payload_too_large') {
    super(413, code, message);
  }
}
