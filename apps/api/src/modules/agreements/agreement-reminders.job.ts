import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { todayUtc } from './agreement.mapper';
import { AgreementRemindersNotifier } from './agreement-reminders.notifier';
import { AgreementRemindersRepository } from './agreement-reminders.repository';

/** Reminders one sweep raises at most; the next sweep goes on where it stopped. */
const SWEEP_BATCH = 200;

/**
 * Runs in every API process: every AGREEMENT_REMINDER_INTERVAL_SECONDS it looks for commitments
 * past their due date without a reminder and raises one each. Processes need no coordination:
 * the reminder row's primary key lets exactly one of them raise it (see the notifier).
 */
@Injectable()
export class AgreementRemindersJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AgreementRemindersJob.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly reminders: AgreementRemindersRepository,
    private readonly notifier: AgreementRemindersNotifier,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.env.AGREEMENT_REMINDER_INTERVAL_SECONDS;
    if (seconds > 0) {
      this.timer = setInterval(() => {
        this.sweep().catch((error: unknown) => this.logger.error(error));
      }, seconds * 1000);
      // The sweep never keeps a stopping process alive.
      this.timer.unref();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
    }
    await this.running?.catch(() => undefined);
  }

  /** One sweep (one at a time per process); the number of reminders this process raised. */
  sweep(now = new Date()): Promise<number> {
    this.running ??= this.sweepOnce(todayUtc(now)).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async sweepOnce(today: string): Promise<number> {
    const due = await this.reminders.dueWithoutReminder(today, SWEEP_BATCH);
    let raised = 0;
    for (const reminder of due) {
      // One transaction per reminder: its row, audit entry and notification commit together.
      if (await this.txHost.withTransaction(() => this.notifier.raise(reminder))) {
        raised += 1;
      }
    }
    return raised;
  }
}
