import { Module, type Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DevMailCatcher } from './dev-mail-catcher';
import { MailLifecycle } from './mail-lifecycle';
import { MailOutboxWorker } from './mail-outbox.worker';
import { MAIL_TRANSPORT } from './mail-transport';

/**
 * The catcher is an SMTP server listening inside the process: if closing the app does not stop
 * it, a tool that runs the app in process (the demo hook) never exits.
 */
/** A Nest context holding only MailLifecycle and the given stand-ins of its dependencies. */
async function contextWith(providers: Provider[]) {
  @Module({ providers: [MailLifecycle, ...providers] })
  class LifecycleOnlyModule {}
  return NestFactory.createApplicationContext(LifecycleOnlyModule, { logger: false });
}

describe('MailLifecycle', () => {
  it('stops the worker, then the transport, then the development mail catcher when the app closes', async () => {
    const order: string[] = [];
    const record = (step: string) => Promise.resolve(void order.push(step));
    const context = await contextWith([
      { provide: MailOutboxWorker, useValue: { stop: () => record('worker') } },
      { provide: MAIL_TRANSPORT, useValue: { close: () => record('transport') } },
      { provide: DevMailCatcher, useValue: { stop: () => record('catcher') } },
    ]);

    await context.close();

    expect(order).toEqual(['worker', 'transport', 'catcher']);
  });

  it('closes without a catcher where mail goes to a real SMTP server', async () => {
    const order: string[] = [];
    const record = (step: string) => Promise.resolve(void order.push(step));
    const context = await contextWith([
      { provide: MailOutboxWorker, useValue: { stop: () => record('worker') } },
      { provide: MAIL_TRANSPORT, useValue: { close: () => record('transport') } },
    ]);

    await context.close();

    expect(order).toEqual(['worker', 'transport']);
  });
});
