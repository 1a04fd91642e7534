import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { NotificationCategory } from '@jcc/contracts';

/** `notification_preferences`: one row per user and category the user has set; none = on. */
@Injectable()
export class NotificationPreferencesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async mailAllowed(userId: string, category: NotificationCategory): Promise<boolean> {
    const rows: Array<{ mail: boolean }> = await this.txHost.tx.query(
      `SELECT mail FROM notification_preferences WHERE user_id = $1 AND category = $2`,
      [userId, category],
    );
    return rows.length === 0 || rows[0].mail;
  }

  async listSet(userId: string): Promise<Map<string, boolean>> {
    const rows: Array<{ category: string; mail: boolean }> = await this.txHost.tx.query(
      `SELECT category, mail FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((row) => [row.category, row.mail]));
  }

  async set(userId: string, category: NotificationCategory, mail: boolean): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO notification_preferences (user_id, category, mail) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, category) DO UPDATE SET mail = EXCLUDED.mail, updated_at = now()`,
      [userId, category, mail],
    );
  }
}
