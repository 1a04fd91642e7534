import { Inject, Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PeriodicSweep } from '../../common/jobs/periodic-sweep';
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
export class AgreementRemindersJob extends PeriodicSweep {
  protected readonly logger = new Logger(AgreementRemindersJob.name);

  constructor(
    private readonly reminders: AgreementRemindersRepository,
    private readonly notifier: AgreementRemindersNotifier,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  protected intervalSeconds(): number {
    return this.config.env.AGREEMENT_REMINDER_INTERVAL_SECONDS;
  }

  protected async sweepOnce(now: Date): Promise<number> {
    const due = await this.reminders.dueWithoutReminder(todayUtc(now), SWEEP_BATCH);
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
