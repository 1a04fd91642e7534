import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ApiError } from '@jcc/contracts';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  isDatabaseUnavailable,
} from '../../database/database-errors';
import { CompanySuspendedError, DomainError, TooManyRequestsError } from '../errors/domain-error';

const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The one place where errors become HTTP answers, all in the contract's shape. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') {
      return;
    }
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (isDatabaseUnavailable(exception)) {
      // A restart or failover of Postgres: the client may retry; the pool reconnects by itself.
      this.logger.warn(`database unavailable: ${(exception as Error).message}`);
      void reply
        .removeHeader('Content-Disposition')
        .header('Content-Type', 'application/json; charset=utf-8')
        .header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .send({
          statusCode: HttpStatus.SERVICE_UNAVAILABLE,
          error: reasonPhrase(HttpStatus.SERVICE_UNAVAILABLE),
          message: 'The database is unavailable for a moment; try again shortly',
          code: 'database_unavailable',
        } satisfies ApiError);
      return;
    }
    const body = this.toApiError(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    if (exception instanceof TooManyRequestsError && exception.retryAfterSeconds) {
      void reply.header('Retry-After', String(exception.retryAfterSeconds));
    }
    // A handler that declared another type (CSV, PDF) and then failed still answers JSON.
    void reply
      .removeHeader('Content-Disposition')
      .header('Content-Type', 'application/json; charset=utf-8')
      .status(body.statusCode)
      .send(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof DomainError) {
      return {
        statusCode: exception.status,
        error: reasonPhrase(exception.status),
        message: exception.details,
        code: exception.code,
        // The sign-in form shows staff's reason for a suspension beside the translated message.
        ...(exception instanceof CompanySuspendedError ? { reason: exception.reason } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response !== null && 'message' in response
          ? flattenMessage(response.message)
          : exception.message;
      return { statusCode: status, error: reasonPhrase(status), message };
    }
    // Errors raised by Fastify itself before Nest routes the request (body too large, bad JSON).
    const fastifyStatus = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return {
        statusCode: fastifyStatus,
        error: reasonPhrase(fastifyStatus),
        message: String((exception as { message?: unknown }).message),
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: reasonPhrase(500),
      message: 'Something went wrong on our side',
    };
  }
}

function reasonPhrase(status: number): string {
  return REASON_PHRASES[status] ?? (status >= 500 ? 'Server Error' : 'Error');
}

function flattenMessage(message: unknown): string {
  return Array.isArray(message) ? message.map(String).join('; ') : String(message);
}
