import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import {
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
  type NotificationPreference,
} from '@jcc/contracts';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { UnsubscribeTokens } from './unsubscribe-token';

/** A user's mail preferences per notification category, and the one-click unsubscribe. */
@Injectable()
export class MailPreferencesService {
  private readonly unsubscribeTokens: UnsubscribeTokens;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly preferences: NotificationPreferencesRepository,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {
    this.unsubscribeTokens = new UnsubscribeTokens(config.jwtSecret);
  }

  /** Every category, on unless the user turned it off. */
  async list(userId: string): Promise<NotificationPreference[]> {
    const set = await this.preferences.listSet(userId);
    return NOTIFICATION_CATEGORIES.map((category) => ({
      category,
      mail: set.get(category) ?? true,
    }));
  }

  mailAllowed(userId: string, category: NotificationCategory): Promise<boolean> {
    return this.preferences.mailAllowed(userId, category);
  }

  async update(
    userId: string,
    changes: NotificationPreference[],
  ): Promise<NotificationPreference[]> {
    await this.txHost.withTransaction(async () => {
      for (const change of changes) {
        await this.preferences.set(userId, change.category, change.mail);
      }
    });
    return this.list(userId);
  }

  /** One click from a mail: turns that category off for that user; idempotent. */
  async unsubscribe(token: string): Promise<NotificationCategory> {
    const subject = this.unsubscribeTokens.verify(token);
    if (!subject) {
      throw new DomainError('invalid_token', 'This unsubscribe link is not valid');
    }
    try {
      await this.preferences.set(subject.userId, subject.category, false);
    } catch (error) {
      // A signed link of an account deleted since: nothing left to unsubscribe.
      if ((error as { code?: string }).code === '23503') {
        return subject.category;
      }
      throw error;
    }
    return subject.category;
  }
}
