import { Logger, type Provider } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { DevMailCatcher } from './dev-mail-catcher';
import { MAIL_TRANSPORT } from './mail-transport';
import { SmtpMailTransport } from './smtp-mail-transport';

/** True when mail goes to the in-process catcher: no SMTP_URL, never in production. */
export function usesDevMailCatcher(config: AppConfig): boolean {
  return !config.env.SMTP_URL && config.env.NODE_ENV !== 'production';
}

export function mailTransportProviders(config: AppConfig): Provider[] {
  if (!usesDevMailCatcher(config)) {
    if (!config.env.SMTP_URL) {
      // validateEnvironment refuses this already; a second lock on the same door.
      throw new Error('SMTP_URL: required when NODE_ENV=production');
    }
    return [
      {
        provide: MAIL_TRANSPORT,
        useFactory: () => new SmtpMailTransport(config.env.SMTP_URL!, config.env.MAIL_FROM),
      },
    ];
  }
  return [
    {
      provide: DevMailCatcher,
      useFactory: async () => {
        const catcher = new DevMailCatcher();
        await catcher.start();
        new Logger('Mail').log(
          `No SMTP_URL: mails go to the in-process catcher at ${catcher.url} (staff: /staff/mailbox)`,
        );
        return catcher;
      },
    },
    {
      provide: MAIL_TRANSPORT,
      inject: [DevMailCatcher],
      useFactory: (catcher: DevMailCatcher) =>
        new SmtpMailTransport(
          catcher.url,
          config.env.MAIL_FROM,
          (messageId) => catcher.countByMessageId(messageId) > 0,
        ),
    },
  ];
}
