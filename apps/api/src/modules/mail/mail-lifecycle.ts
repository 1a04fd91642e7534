import { Inject, Injectable, Optional, type OnApplicationShutdown } from '@nestjs/common';
import { DevMailCatcher } from './dev-mail-catcher';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';
import { MailOutboxWorker } from './mail-outbox.worker';

/** Shutdown in order: the worker finishes its attempt, then the transport, then the catcher. */
@Injectable()
export class MailLifecycle implements OnApplicationShutdown {
  constructor(
    private readonly worker: MailOutboxWorker,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    // By token: a `DevMailCatcher | null` parameter type is emitted as Object, which Nest would
    // look up instead (and, being optional, silently inject null: the catcher never stopped).
    @Optional() @Inject(DevMailCatcher) private readonly catcher: DevMailCatcher | null,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.worker.stop();
    await this.transport.close();
    await this.catcher?.stop();
  }
}
