import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { AuthResponse, UiLocale } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { ConflictError, UnauthorizedError } from '../../common/errors/domain-error';
import { UsersService, toUserResponse } from '../users/users.service';
import type { UserEntity } from '../users/user.entity';
import { AccountLinksService } from './account/account-links.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
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
    return this.signIn(user);
  }

  async refresh(refreshToken: string): Promise<AuthResponse> {
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
    return user && !revoked ? toUserResponse(user) : null;
  }

  private async signIn(user: UserEntity): Promise<AuthResponse> {
    const pair: TokenPair = await this.tokens.issueForNewLogin(user);
    return { user: toUserResponse(user), ...pair };
  }
}
