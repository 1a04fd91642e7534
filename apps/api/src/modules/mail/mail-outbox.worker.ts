import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MailDeliveryRepository, type ClaimedMail } from './mail-delivery.repository';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';

const BATCH = 20;
/** Longer than the transport's own timeouts together, so a slow send is never claimed twice. */
const LEASE_MS = 120_000;
const MAX_ATTEMPTS = 10;
const BASE_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;

/** Test seam: runs after the server accepted a mail and before it is marked sent. */
export type AfterSendHook = (mail: ClaimedMail) => void;

/**
 * Sends the outbox. Every API process runs one; they share the work through `claimDue`.
 *
 * Exactly once, as far as SMTP allows:
 * - Two workers never send one row at once: a row is claimed (status `sending`, claim token,
 *   lease) in one statement under `FOR UPDATE SKIP LOCKED`, and only the claimant's token can
 *   record the verdict.
 * - A crash loses nothing: the row stays `sending` until its lease runs out, then is claimed again.
 * - A crash *between the server's "250 accepted" and our "sent" update* cannot be undone on the
 *   SMTP side (SMTP has no transactions). Such a row comes back *in doubt* (claimed while
 *   `sending`). Its Message-ID was fixed when the row was written (`<row id@domain>`), so:
 *   the worker first asks the transport whether that Message-ID was delivered — the development
 *   catcher knows, and then the row is only marked sent; a real relay cannot tell, and the mail
 *   is sent again *with the same Message-ID*, which mail stores use to recognise one message
 *   (Gmail, for one, shows a second copy with a known Message-ID as the same mail). The window is
 *   the few milliseconds between the 250 reply and the update.
 * - A lost database (a blip, a failover) only fails a tick: the loop logs and goes on, and a
 *   mail sent while the "sent" update failed is the in-doubt case above.
 * Failed attempts are retried with exponential back-off (30 s, 1 min, 2 min, … at most 1 h) and
 * given up after 10 (status `failed`, last_error kept).
 */
@Injectable()
export class MailOutboxWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger('MailOutboxWorker');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;
  /** Tests only. */
  afterSend: AfterSendHook | null = null;
  retryBaseMs = BASE_RETRY_MS;
  leaseMs = LEASE_MS;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: MailDeliveryRepository,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env.MAIL_WORKER) {
      this.schedule(0);
    }
  }

  /** Called by MailLifecycle at shutdown, before the transport closes. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) {
      clearTimeout(this.timer);
    }
    await this.running?.catch(() => undefined);
  }

  /** One pass: claims a batch and attempts each; returns how many were claimed. */
  async tick(): Promise<number> {
    const claimToken = randomUUID();
    const claimed = await this.deliveries.claimDue(BATCH, this.leaseMs, claimToken);
    for (const mail of claimed) {
      if (this.stopped) {
        break;
      }
      await this.deliver(mail);
    }
    return claimed.length;
  }

  /** Sends everything due now (tests and the development mailbox's "send now"). */
  async drain(): Promise<void> {
    while ((await this.tick()) > 0) {
      // keep going until nothing is due
    }
  }

  private async deliver(mail: ClaimedMail): Promise<void> {
    try {
      if (mail.inDoubt && (await this.transport.alreadyDelivered(mail.messageId)) === true) {
        this.logger.log(`mail ${mail.id} was delivered before a crash; marked sent only`);
      } else {
        await this.transport.send(mail);
        this.afterSend?.(mail);
      }
    } catch (error) {
      if (error instanceof SimulatedCrash) {
        throw error;
      }
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      const retryIn = Math.min(this.retryBaseMs * 2 ** (mail.attempts - 1), MAX_RETRY_MS);
      this.logger.warn(
        `mail ${mail.id} attempt ${mail.attempts} failed: ${message}${giveUp ? ' (giving up)' : ''}`,
      );
      await this.deliveries.markFailed(mail.id, mail.claimToken, message, retryIn, giveUp);
      return;
    }
    await this.deliveries.markSent(mail.id, mail.claimToken);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) {
      return;
    }
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: unknown) => {
          // A database blip or a crash-simulation: log and try again at the next poll.
          this.logger.warn(`mail worker pass failed: ${(error as Error).message}`);
          return 0;
        })
        .then((claimed) => this.schedule(claimed > 0 ? 0 : this.config.env.MAIL_POLL_MS));
    }, delayMs);
    this.timer.unref();
  }
}

/** Thrown by a test's afterSend hook to stop a worker exactly where a kill would. */
export class SimulatedCrash extends Error {}
