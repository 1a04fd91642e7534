import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { AuthResponse, PasswordChangedResponse, UiLocale } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import {
  ConflictError,
  InvalidInputError,
  UnauthorizedError,
} from '../../common/errors/domain-error';
import { UsersService, toUserResponse } from '../users/users.service';
import type { UserEntity } from '../users/user.entity';
import { AccountLinksService } from './account/account-links.service';
import { LoginThrottle } from './login-throttle';
import { PasswordChangeThrottle } from './password-change-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionSockets } from './session-sockets';
import { SignInGate } from './sign-in-gate';
import { TokensService, type AccessTokenPayload, type TokenPair } from './tokens.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokensService,
    private readonly throttle: LoginThrottle,
    private readonly links: AccountLinksService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly gate: SignInGate,
    private readonly sessionSockets: SessionSockets,
    private readonly passwordChanges: PasswordChangeThrottle,
  ) {}

  async register(input: {
    email: string;
    password: string;
    fullName: string;
    locale?: UiLocale;
  }): Promise<AuthResponse> {
    const passwordHash = await this.hasher.hash(input.password);
    // The account and its verification mail commit together (the outbox row is in this transaction).
    const user = await this.txHost.withTransaction(async () => {
      const created = await this.users.create({
        email: input.email,
        passwordHash,
        fullName: input.fullName,
        role: 'member',
        locale: input.locale ?? 'en',
      });
      if (created) {
        await this.links.sendVerification(created);
      }
      return created;
    });
    if (!user) {
      throw new ConflictError(
        [{ field: 'email', messages: ['An account with this e-mail already exists'] }],
        'email_taken',
      );
    }
    return this.signIn(user);
  }

  async login(email: string, password: string, ip: string): Promise<AuthResponse> {
    await this.throttle.check(email, ip);
    const user = await this.users.findByEmail(email);
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      await this.throttle.failed(email, ip);
      throw new UnauthorizedError('Wrong e-mail or password', 'invalid_credentials');
    }
    await this.throttle.succeeded(email);
    // Only after the password: a suspension is not told to whoever merely knows the address.
    await this.gate.check(user);
    return this.signIn(user);
  }

  async refresh(refreshToken: string): Promise<AuthResponse> {
    // A suspended firm's logins were revoked: say why (403) instead of treating them as reuse.
    const ownerId = await this.tokens.ownerOf(refreshToken);
    const owner = ownerId ? await this.users.findById(ownerId) : null;
    if (owner) {
      await this.gate.check(owner);
    }
    const { userId, familyId } = await this.tokens.rotate(refreshToken);
    const user = await this.users.findById(userId);
    if (!user) {
      throw new UnauthorizedError();
    }
    const pair = await this.tokens.issue(user, familyId);
    return { user: toUserResponse(user), ...pair };
  }

  logout(user: AuthUser, refreshToken: string): Promise<void> {
    return this.tokens.revokeLogin(user.id, refreshToken);
  }

  /**
   * A signed-in password change. The login it is made from stays signed in with its tokens
   * unchanged (the user keeps working on this device); every other login of the account is
   * revoked and, after commit, its sockets are disconnected on every process.
   */
  async changePassword(
    user: AuthUser,
    input: { currentPassword: string; newPassword: string },
  ): Promise<PasswordChangedResponse> {
    if (!user.familyId) {
      throw new UnauthorizedError();
    }
    const keepFamilyId = user.familyId;
    await this.passwordChanges.check(user.id);
    const account = await this.users.findById(user.id);
    if (!account || !(await this.hasher.verify(account.passwordHash, input.currentPassword))) {
      await this.passwordChanges.failed(user.id);
      throw InvalidInputError.field('currentPassword', 'The current password is not right');
    }
    if (input.newPassword === input.currentPassword) {
      throw InvalidInputError.field('newPassword', 'newPassword must differ from the current one');
    }
    const passwordHash = await this.hasher.hash(input.newPassword);
    const otherLoginsEnded = await this.txHost.withTransaction(async () => {
      await this.users.setPasswordHash(user.id, passwordHash);
      return this.tokens.revokeOtherLogins(user.id, keepFamilyId);
    });
    // Committed: a reconnect of those logins is refused by the handshake from now on.
    this.sessionSockets.endUserExceptLogin(user.id, keepFamilyId, 'password_changed');
    await this.passwordChanges.succeeded(user.id);
    return { ok: true, otherLoginsEnded };
  }

  async updateMe(user: AuthUser, changes: { locale?: UiLocale; fullName?: string }) {
    const updated = await this.users.updateProfile(user.id, changes);
    if (!updated) {
      throw new UnauthorizedError();
    }
    return toUserResponse(updated);
  }

  /** The user behind a verified access token, unless the login was revoked since. */
  async userForAccessToken(payload: AccessTokenPayload): Promise<AuthUser | null> {
    if (typeof payload.sub !== 'string' || typeof payload.fam !== 'string') {
      return null;
    }
    const [user, revoked] = await Promise.all([
      this.users.findById(payload.sub),
      this.tokens.isLoginRevoked(payload.fam),
    ]);
    return user && !revoked ? { ...toUserResponse(user), familyId: payload.fam } : null;
  }

  private async signIn(user: UserEntity): Promise<AuthResponse> {
    const pair: TokenPair = await this.tokens.issueForNewLogin(user);
    return { user: toUserResponse(user), ...pair };
  }
}
