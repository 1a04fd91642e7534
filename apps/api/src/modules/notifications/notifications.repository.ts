import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { NotificationKind, NotificationParams } from '@jcc/contracts';

export interface NotificationRow {
  id: string;
  userId: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
  /** created_at as Postgres prints it: the keyset cursor keeps its microseconds. */
  sortAt: string;
}

export interface NewNotification {
  userIds: string[];
  kind: NotificationKind;
  params: NotificationParams;
  link: string | null;
}

const COLUMNS = `id, user_id AS "userId", kind, params, link, created_at AS "createdAt",
  read_at AS "readAt", created_at::text AS "sortAt"`;

/** The only writer of `notifications`; every statement joins the caller's transaction. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** One row per user, in one statement. */
  insertForUsers(input: NewNotification): Promise<NotificationRow[]> {
    return this.txHost.tx.query<NotificationRow[]>(
      `INSERT INTO notifications (user_id, kind, params, link)
       SELECT u, $2, $3::jsonb, $4 FROM unnest($1::uuid[]) AS u
       RETURNING ${COLUMNS}`,
      [input.userIds, input.kind, JSON.stringify(input.params), input.link],
    );
  }

  page(
    userId: string,
    after: { at: string; id: string } | null,
    limit: number,
  ): Promise<NotificationRow[]> {
    const params: unknown[] = [userId, limit];
    let keyset = '';
    if (after) {
      params.push(after.at, after.id);
      keyset = 'AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    return this.txHost.tx.query<NotificationRow[]>(
      `SELECT ${COLUMNS} FROM notifications WHERE user_id = $1 ${keyset}
       ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const rows = await this.txHost.tx.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return rows[0]?.count ?? 0;
  }

  /** Marks one of the user's own notifications read; false when it is not theirs or unknown. */
  async markRead(userId: string, id: string): Promise<boolean> {
    const rows = await this.txHost.tx.query<{ id: string }[]>(
      `WITH target AS (SELECT id FROM notifications WHERE id = $2 AND user_id = $1),
            marked AS (UPDATE notifications SET read_at = now()
                       WHERE id = $2 AND user_id = $1 AND read_at IS NULL)
       SELECT id FROM target`,
      [userId, id],
    );
    return rows.length === 1;
  }

  async markAllRead(userId: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
  }
}
