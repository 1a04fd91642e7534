import { Logger } from '@nestjs/common';
import { Client, type ClientConfig } from 'pg';

const logger = new Logger('Database');

/**
 * A pg Client that always has an `error` listener. pg emits `error` on a client whose connection
 * dies while it is checked out of the pool between queries (pg_terminate_backend, a failover);
 * without a listener Node turns that into an uncaught exception that ends the process. The query
 * in flight still fails on its own and the pool drops the broken client when it is released.
 */
export class ResilientPgClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error: Error) => {
      logger.warn(`database connection lost: ${error.message}`);
    });
  }
}

/** The pool's own `error` events (idle clients that died): logged, never fatal. */
export function logPoolError(error: Error): void {
  logger.warn(`idle database connection lost: ${error.message}`);
}
