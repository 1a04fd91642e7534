import {
  isErrorCode,
  type ApiError as ApiErrorBody,
  type ErrorCode,
  type FieldError,
} from '@jcc/contracts';

/** A failed API call: the HTTP status (0 when the server could not be reached) and its body. */
export class ApiError extends Error {
  readonly status: number;
  /** The catalogue's code (libs/contracts error-codes.ts); undefined for one we do not know. */
  readonly code: ErrorCode | undefined;
  readonly fieldErrors: FieldError[];
  /** `company_suspended` only: the reason chamber staff gave. */
  readonly reason: string | undefined;

  constructor(status: number, rawBody: unknown) {
    const body = rawBody && typeof rawBody === 'object' ? (rawBody as Partial<ApiErrorBody>) : null;
    const message = body?.message;
    super(typeof message === 'string' ? message : (body?.error ?? `HTTP ${status}`));
    this.name = 'ApiError';
    this.status = status;
    this.code = isErrorCode(body?.code) ? body.code : undefined;
    this.fieldErrors = Array.isArray(message) ? message : [];
    this.reason = typeof body?.reason === 'string' ? body.reason : undefined;
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
