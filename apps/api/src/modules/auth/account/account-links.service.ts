import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error';
import { MailOutboxService } from '../../mail/mail-outbox.service';
import type { UserEntity } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { PasswordHasher } from '../password-hasher';
import { RefreshTokensRepository } from '../refresh-tokens.repository';
import { SessionSockets } from '../session-sockets';
import { hashLinkToken, looksLikeLinkToken, newLinkToken } from './account-link-token';
import { AccountRequestLimits } from './account-request-limits';
import { AccountTokensRepository, type AccountTokenPurpose } from './account-tokens.repository';

export const VERIFY_EMAIL_TTL_MS = 48 * 60 * 60_000;
export const RESET_PASSWORD_TTL_MS = 30 * 60_000;

/**
 * The two single-use links of an account: address verification and password reset. Each is a
 * token in a mail; only its hash is stored; each works once and for a limited time.
 */
@Injectable()
export class AccountLinksService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly tokens: AccountTokensRepository,
    private readonly users: UsersService,
    private readonly mail: MailOutboxService,
    private readonly limits: AccountRequestLimits,
    private readonly hasher: PasswordHasher,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly sessionSockets: SessionSockets,
  ) {}

  /** In the caller's transaction (sign-up): the link and its mail commit with the account. */
  async sendVerification(user: Pick<UserEntity, 'id' | 'email' | 'fullName' | 'locale'>) {
    const { token, hash } = newLinkToken();
    await this.tokens.insert(user.id, 'verify_email', hash, VERIFY_EMAIL_TTL_MS);
    await this.mail.enqueue({
      to: user.email,
      userId: user.id,
      template: 'verify-email',
      locale: user.locale,
      params: { fullName: user.fullName, token },
      category: 'essential',
    });
  }

  /** Same answer whether the address has an account, is verified already, or not. */
  async resendVerification(email: string, ip: string): Promise<void> {
    await this.limits.consume('verify', email, ip);
    await this.txHost.withTransaction(async () => {
      const user = await this.users.findByEmail(email);
      if (user && !user.emailVerifiedAt) {
        await this.sendVerification(user);
      }
    });
  }

  async verifyEmail(token: string): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const row = await this.spend('verify_email', token);
      await this.users.markEmailVerified(row.userId);
    });
  }

  /** Same answer whether the address has an account or not. */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    await this.limits.consume('reset', email, ip);
    await this.txHost.withTransaction(async () => {
      const user = await this.users.findByEmail(email);
      if (!user || user.role !== 'member') {
        // Staff passwords are set by an admin or the CLI on the server, never by mail.
        return;
      }
      const { token, hash } = newLinkToken();
      await this.tokens.insert(user.id, 'reset_password', hash, RESET_PASSWORD_TTL_MS);
      await this.mail.enqueue({
        to: user.email,
        userId: user.id,
        template: 'reset-password',
        locale: user.locale,
        params: { fullName: user.fullName, token },
        category: 'essential',
      });
    });
  }

  /**
   * Sets the new password, spends the link (and any other reset link of the user), revokes every
   * login of the user, and — after commit — disconnects their open sockets on every process.
   */
  async resetPassword(token: string, password: string): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    const userId = await this.txHost.withTransaction(async () => {
      const row = await this.spend('reset_password', token);
      await this.users.setPasswordHash(row.userId, passwordHash);
      await this.refreshTokens.revokeAllOfUser(row.userId);
      // The mail reached them: the address is theirs.
      await this.users.markEmailVerified(row.userId);
      return row.userId;
    });
    this.sessionSockets.endUser(userId, 'password_reset');
  }

  /** Forged → 400 invalid_token; used → 409 link_used; expired → 410 link_expired. */
  private async spend(purpose: AccountTokenPurpose, token: string) {
    if (!looksLikeLinkToken(token)) {
      throw new DomainError('invalid_token', 'This link is not valid');
    }
    const row = await this.tokens.find(purpose, hashLinkToken(token));
    if (!row) {
      throw new DomainError('invalid_token', 'This link is not valid');
    }
    if (row.used) {
      throw new DomainError('link_used', 'This link was used already');
    }
    if (row.expired) {
      throw new DomainError('link_expired', 'This link has expired: ask for a new one');
    }
    if (!(await this.tokens.spend(row.id, row.userId, purpose))) {
      throw new DomainError('link_used', 'This link was used already');
    }
    return row;
  }
}
