import {
  ERROR_CATALOGUE,
  type ErrorCode,
  type ErrorCodeWithStatus,
  type FieldError,
} from '@jcc/contracts';

/**
 * Errors that services throw, each by a code of the contracts' catalogue, which gives its HTTP
 * status. The one exception filter turns them into the contract's `{ statusCode, error, message,
 * code }` shape and the socket layer into an error ack; nothing else maps errors.
 */
export class DomainError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string | FieldError[],
  ) {
    super(typeof message === 'string' ? message : 'Validation failed');
    this.status = ERROR_CATALOGUE[code];
    this.details = message;
  }

  readonly details: string | FieldError[];
}

export class InvalidInputError extends DomainError {
  constructor(errors: FieldError[]) {
    super('invalid_input', errors);
  }

  static field(field: string, message: string): InvalidInputError {
    return new InvalidInputError([{ field, messages: [message] }]);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = 'Sign in to continue', code: ErrorCodeWithStatus<401> = 'unauthorized') {
    super(code, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(
    message = 'You are not allowed to do this',
    code: ErrorCodeWithStatus<403> = 'forbidden',
  ) {
    super(code, message);
  }
}

/** The firm of the account is suspended by chamber staff; the answer carries their reason. */
export class CompanySuspendedError extends ForbiddenError {
  constructor(readonly reason: string) {
    super('Your firm is suspended by the chamber: you cannot sign in for now', 'company_suspended');
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', `${what} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string | FieldError[], code: ErrorCodeWithStatus<409> = 'conflict') {
    super(code, message);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(
    message: string,
    code: ErrorCodeWithStatus<429> = 'rate_limited',
    readonly retryAfterSeconds?: number,
  ) {
    super(code, message);
  }
}

export class PayloadTooLargeError extends DomainError {
  constructor(message: string, code: ErrorCodeWithStatus<413> = 'payload_too_large') {
    super(code, message);
  }
}

/** 415: the content, judged by its bytes, is not a kind we accept (or is unsafe to open). */
export class UnsupportedFileError extends DomainError {
  constructor(message: string, code: ErrorCodeWithStatus<415> = 'file_type_not_allowed') {
    super(code, message);
  }
}
