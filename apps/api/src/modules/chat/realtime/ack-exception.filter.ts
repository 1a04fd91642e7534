import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { AckFailure } from '@jcc/contracts';
import { toAckFailure } from './socket-ack';

/**
 * What fails before a handler runs (a global pipe refusing the payload, say) still reaches the
 * client as an error ack, never as socket.io's generic `exception` event the contract does not
 * know. The ack callback is among the handler's arguments when the client asked for one.
 */
@Catch()
export class AckExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ChatGateway');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ack = host
      .getArgs<unknown[]>()
      .find((arg): arg is (response: AckFailure) => void => typeof arg === 'function');
    ack?.(toAckFailure(exception, this.logger));
  }
}
