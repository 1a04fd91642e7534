import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/** `user_presence`: when each user was last connected over a socket (any API process). */
@Injectable()
export class UserPresenceRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Marks the users as seen now: one statement for every socket user of this process. */
  async touch(userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) {
      return;
    }
    await this.txHost.tx.query(
      `INSERT INTO user_presence (user_id, last_seen_at)
       SELECT id, now() FROM unnest($1::uuid[]) AS id
       ON CONFLICT (user_id) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
      [[...new Set(userIds)]],
    );
  }
}
