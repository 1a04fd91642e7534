import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { OpportunitiesRepository } from './opportunities.repository';

/** Deadlines are days: checking every ten minutes closes an opportunity soon after midnight UTC. */
const EVERY_MS = 10 * 60_000;

/**
 * Expired opportunities close by themselves. Reads already treat a published opportunity past
 * its deadline as expired (close-on-read); this job writes it down, with an audit row each.
 * Safe with several API processes: one UPDATE … WHERE status = 'published' per run, so a row
 * another process expired first no longer matches and is neither changed nor audited twice.
 */
@Injectable()
export class OpportunityExpiryJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OpportunityExpiryJob.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly opportunities: OpportunitiesRepository,
    private readonly audit: AuditService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), EVERY_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
    }
    await this.running?.catch(() => 0);
  }

  /** One run: how many opportunities this process expired. */
  async expireOverdue(): Promise<number> {
    return this.txHost.withTransaction(async () => {
      const expired = await this.opportunities.expireOverdue();
      for (const row of expired) {
        await this.audit.record(null, {
          action: 'opportunity.expire',
          target: { type: 'opportunity', id: row.id },
          before: { status: 'published', deadline: row.deadline },
          after: { status: 'expired' },
        });
      }
      return expired.length;
    });
  }

  private async tick(): Promise<void> {
    if (this.running) {
      return;
    }
    this.running = this.expireOverdue();
    try {
      const count = await this.running;
      if (count > 0) {
        this.logger.log(`${count} opportunities passed their deadline and were expired`);
      }
    } catch (error) {
      this.logger.warn(`expiring opportunities failed: ${(error as Error).message}`);
    } finally {
      this.running = null;
    }
  }
}
