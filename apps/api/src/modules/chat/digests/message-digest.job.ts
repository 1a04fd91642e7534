import { Inject, Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { UiLocale } from '@jcc/contracts';
import { PeriodicSweep } from '../../../common/jobs/periodic-sweep';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { CompaniesService } from '../../companies/companies.service';
import { MailOutboxService } from '../../mail/mail-outbox.service';
import { MessageDigestsRepository, type DueDigest } from './message-digests.repository';

/** Digests one sweep sends at most; the next sweep goes on where it stopped. */
const SWEEP_BATCH = 500;

/** Who writes in a chamber conversation, as the digest names them. */
const CHAMBER_NAME: Record<UiLocale, string> = {
  en: 'the Joint Chamber',
  az: 'Birgə Palata',
  ur: 'مشترکہ چیمبر',
  ru: 'Совместная палата',
};

/**
 * The unread-messages digest. Every MESSAGE_DIGEST_INTERVAL_SECONDS each API process looks for
 * members of offline firms with unread messages (see MessageDigestsRepository.due) and sends one
 * mail per conversation and recipient. Processes need no coordination: each digest is claimed in
 * `message_digests` and its mail written to the outbox in the same transaction, so a digest is
 * sent once however many processes sweep, and never without its record.
 */
@Injectable()
export class MessageDigestJob extends PeriodicSweep {
  protected readonly logger = new Logger(MessageDigestJob.name);

  constructor(
    private readonly digests: MessageDigestsRepository,
    private readonly companies: CompaniesService,
    private readonly mail: MailOutboxService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  protected intervalSeconds(): number {
    return this.config.env.MESSAGE_DIGEST_INTERVAL_SECONDS;
  }

  protected async sweepOnce(now: Date): Promise<number> {
    const due = await this.digests.due(now, SWEEP_BATCH);
    if (due.length === 0) {
      return 0;
    }
    const firms = await this.companies.summaries(new Set(due.flatMap((d) => d.otherCompanyIds)));
    let sent = 0;
    for (const digest of due) {
      const firmName =
        digest.kind === 'chamber'
          ? CHAMBER_NAME[digest.locale]
          : firms.get(digest.otherCompanyIds[0] ?? '')?.name;
      if (!firmName) {
        continue;
      }
      // One transaction per digest: its record and its mail commit together.
      if (await this.txHost.withTransaction(() => this.send(digest, firmName, now))) {
        sent += 1;
      }
    }
    return sent;
  }

  private async send(digest: DueDigest, firmName: string, now: Date): Promise<boolean> {
    if (!(await this.digests.claim(digest, now))) {
      return false;
    }
    // The recipient's preferences are checked by enqueue: "messages" off means no mail.
    await this.mail.enqueue({
      to: digest.email,
      userId: digest.userId,
      locale: digest.locale,
      template: 'unread-messages',
      category: 'messages',
      params: {
        firmName,
        count: Math.max(digest.unread, 1),
        conversationId: digest.conversationId,
      },
      dedupeKey: `digest:${digest.userId}:${digest.conversationId}:${digest.lastSeq}`,
    });
    return true;
  }
}
