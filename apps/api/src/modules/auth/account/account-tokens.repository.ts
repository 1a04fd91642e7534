import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';

export type AccountTokenPurpose = 'verify_email' | 'reset_password';

export interface AccountTokenRow {
  id: string;
  userId: string;
  expired: boolean;
  used: boolean;
}

/** `account_tokens`: single-use links, stored as SHA-256 of the token only. */
@Injectable()
export class AccountTokensRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async insert(
    userId: string,
    purpose: AccountTokenPurpose,
    tokenHash: string,
    ttlMs: number,
  ): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO account_tokens (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond')`,
      [userId, purpose, tokenHash, ttlMs],
    );
  }

  async find(purpose: AccountTokenPurpose, tokenHash: string): Promise<AccountTokenRow | null> {
    const rows: Array<{ id: string; user_id: string; expired: boolean; used: boolean }> =
      await this.txHost.tx.query(
        `SELECT id, user_id, expires_at <= now() AS expired, used_at IS NOT NULL AS used
           FROM account_tokens WHERE purpose = $1 AND token_hash = $2`,
        [purpose, tokenHash],
      );
    const row = rows[0];
    return row ? { id: row.id, userId: row.user_id, expired: row.expired, used: row.used } : null;
  }

  /**
   * Spends the token in one statement (two concurrent uses: one wins) and, with it, every other
   * unused link of the same purpose for the user. False when it was spent or expired meanwhile.
   */
  async spend(id: string, userId: string, purpose: AccountTokenPurpose): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.txHost.tx.query(
      `UPDATE account_tokens SET used_at = now()
        WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id`,
      [id],
    );
    if (rows.length === 0) {
      return false;
    }
    await this.txHost.tx.query(
      `UPDATE account_tokens SET used_at = now()
        WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
    return true;
  }
}
