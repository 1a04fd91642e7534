import type { Logger } from '@nestjs/common';
import type { Ack, AckFailure } from '@jcc/contracts';
import { DomainError } from '../../../common/errors/domain-error';
import { isDatabaseUnavailable } from '../../../database/database-errors';

/**
 * Runs one socket event and shapes its outcome as the ack the contract describes. Nothing a
 * client sends can throw past this: the socket stays usable after any bad payload.
 */
export async function answer<T extends object>(
  logger: Logger,
  work: () => Promise<T>,
): Promise<Ack<T>> {
  try {
    return { ok: true, ...(await work()) };
  } catch (error) {
    return toAckFailure(error, logger);
  }
}

export function toAckFailure(error: unknown, logger: Logger): AckFailure {
  if (error instanceof DomainError) {
    return {
      ok: false,
      error: {
        code: error.code,
        message: error.message,
        ...(Array.isArray(error.details) ? { fields: error.details } : {}),
      },
    };
  }
  if (isDatabaseUnavailable(error)) {
    // Nothing was acknowledged as stored: the client keeps the message and retries (same clientId).
    logger.warn(`database unavailable: ${(error as Error).message}`);
    return {
      ok: false,
      error: { code: 'unavailable', message: 'The chat is unavailable for a moment; retrying' },
    };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { ok: false, error: { code: 'internal', message: 'Something went wrong on our side' } };
}
