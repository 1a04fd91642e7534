import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity';

@Injectable()
export class RefreshTokensRepository {
  constructor(
    @InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Every login of the user, in the caller's transaction (a password reset). */
  async revokeAllOfUser(userId: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }

  /** Every login of these users, in the caller's transaction (their firm was suspended). */
  async revokeAllOfUsers(userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) {
      return;
    }
    await this.txHost.tx.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = ANY($1::uuid[]) AND revoked_at IS NULL`,
      [userIds],
    );
  }

  /**
   * Every login of the user but one, in the caller's transaction (a password change keeps the
   * login it was made from). Returns how many logins ended.
   */
  async revokeOtherLogins(userId: string, keepFamilyId: string): Promise<number> {
    const [rows] = await this.txHost.tx.query<[Array<{ familyId: string }>, number]>(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE user_id = $1 AND family_id <> $2 AND revoked_at IS NULL
        RETURNING family_id AS "familyId"`,
      [userId, keepFamilyId],
    );
    return new Set(rows.map((row) => row.familyId)).size;
  }

  async insert(token: Pick<RefreshTokenEntity, 'userId' | 'familyId' | 'tokenHash' | 'expiresAt'>) {
    await this.tokens.insert(token);
  }

  /**
   * Spends a live token in one statement, so two concurrent refreshes with the same token cannot
   * both succeed. Returns the spent row, or null when the token was not live.
   */
  async spendIfLive(
    tokenHash: string,
  ): Promise<Pick<RefreshTokenEntity, 'userId' | 'familyId'> | null> {
    const rows = await this.tokens.query<
      [Array<Pick<RefreshTokenEntity, 'userId' | 'familyId'>>, number]
    >(
      `UPDATE refresh_tokens SET spent_at = now()
        WHERE token_hash = $1 AND spent_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING user_id AS "userId", family_id AS "familyId"`,
      [tokenHash],
    );
    return rows[0][0] ?? null;
  }

  findByHash(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.tokens.findOneBy({ tokenHash });
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  async isFamilyRevoked(familyId: string): Promise<boolean> {
    return this.tokens.exists({ where: { familyId, revokedAt: IsNull() } }).then((live) => !live);
  }
}
