import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger } from '@nestjs/common';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_LIMITS,
  type NotificationItem,
  type NotificationUnreadCount,
  type Page,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { NotFoundError } from '../../common/errors/domain-error';
import { cursorFields, decodeCursor } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-page';
import type { PageQuery } from '../../common/pagination/page-query';
import { AfterCommit } from '../../database/after-commit';
import { UsersService } from '../users/users.service';
import { toNotificationItem } from './notification.mapper';
import { NotificationMailer } from './notification-mailer';
import { NotificationSockets } from './notification-sockets';
import { NotificationsRepository } from './notifications.repository';
import type { NotifyInput } from './notify-input';

/**
 * The bell. Other features call `notify` inside their own transaction: the rows (and the mails)
 * commit or roll back with the change that caused them, and `notification:new` reaches each
 * recipient's sockets only after that commit.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersService,
    private readonly sockets: NotificationSockets,
    private readonly mailer: NotificationMailer,
    private readonly afterCommit: AfterCommit,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Writes one notification per recipient user; joins the caller's transaction (or opens one). */
  notify(input: NotifyInput): Promise<void> {
    assertWellFormed(input);
    return this.txHost.withTransaction(async () => {
      const userIds = await this.resolve(input);
      if (userIds.length === 0) {
        return;
      }
      const rows = await this.notifications.insertForUsers({
        userIds,
        kind: input.kind,
        params: input.params ?? {},
        link: input.link ?? null,
      });
      if (input.mail) {
        await this.mailer.enqueue(userIds, input.mail, input.params ?? {});
      }
      this.afterCommit.run(() => {
        rows.forEach((row) =>
          this.sockets.deliver(row.userId, { notification: toNotificationItem(row) }),
        );
      });
    });
  }

  list(user: AuthUser, query: PageQuery): Promise<Page<NotificationItem>> {
    const after = query.cursor
      ? decodeCursor(query.cursor, { at: cursorFields.timestamp, id: cursorFields.uuid })
      : null;
    return keysetPage(query, (limit) => this.notifications.page(user.id, after, limit), {
      items: (rows) => rows.map(toNotificationItem),
      key: (row) => ({ at: row.sortAt, id: row.id }),
    });
  }

  async unreadCount(user: AuthUser): Promise<NotificationUnreadCount> {
    return { unread: await this.notifications.unreadCount(user.id) };
  }

  /** Someone else's notification is "not found", the same as an unknown id. */
  async markRead(user: AuthUser, id: string): Promise<NotificationUnreadCount> {
    if (!(await this.notifications.markRead(user.id, id))) {
      throw new NotFoundError('Notification');
    }
    return this.unreadCount(user);
  }

  async markAllRead(user: AuthUser): Promise<NotificationUnreadCount> {
    await this.notifications.markAllRead(user.id);
    return { unread: 0 };
  }

  /** Firms become their current accounts, read in the caller's transaction; each user once. */
  private async resolve(input: NotifyInput): Promise<string[]> {
    const ids = new Set<string>();
    for (const recipient of input.recipients) {
      if ('userId' in recipient) {
        ids.add(recipient.userId);
      } else {
        (await this.users.findByCompany(recipient.companyId)).forEach((u) => ids.add(u.id));
      }
    }
    input.exceptUserIds?.forEach((id) => ids.delete(id));
    if (ids.size > NOTIFICATION_LIMITS.maxRecipients) {
      this.logger.warn(`${input.kind}: ${ids.size} recipients, only the first are notified`);
    }
    return [...ids].slice(0, NOTIFICATION_LIMITS.maxRecipients);
  }
}

/** A wrong kind or link is the calling feature's bug, not the user's input: fail loudly. */
function assertWellFormed(input: NotifyInput): void {
  if (!(NOTIFICATION_KINDS as readonly string[]).includes(input.kind)) {
    throw new Error(`unknown notification kind ${input.kind}: add it to NOTIFICATION_KINDS`);
  }
  if (
    input.link &&
    (input.link.length > NOTIFICATION_LIMITS.maxLinkLength || !input.link.startsWith('/'))
  ) {
    throw new Error(`notification link must be an app path of at most 500 characters`);
  }
}
