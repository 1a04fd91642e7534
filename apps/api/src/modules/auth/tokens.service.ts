import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UnauthorizedError } from '../../common/errors/domain-error';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { SessionSockets } from './session-sockets';

/** What an access token carries: the user and the login (token family) it belongs to. */
export interface AccessTokenPayload {
  sub: string;
  role: string;
  fam: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessionSockets: SessionSockets,
  ) {}

  /** A new login: a new token family. */
  issueForNewLogin(user: { id: string; role: string }): Promise<TokenPair> {
    return this.issue(user, randomUUID());
  }

  /**
   * Rotation with reuse detection: a live refresh token is spent and replaced; presenting a spent
   * one means it was copied, so the whole login (every token of the family) is revoked.
   */
  async rotate(refreshToken: string): Promise<{ userId: string; familyId: string }> {
    const tokenHash = hashToken(refreshToken);
    const spent = await this.refreshTokens.spendIfLive(tokenHash);
    if (spent) {
      return spent;
    }
    const known = await this.refreshTokens.findByHash(tokenHash);
    if (known && (known.spentAt || known.revokedAt)) {
      await this.refreshTokens.revokeFamily(known.familyId);
      this.sessionSockets.endLogin(known.familyId, 'login_revoked');
      throw new UnauthorizedError('This refresh token was already used', 'refresh_token_reused');
    }
    throw new UnauthorizedError('Invalid or expired refresh token', 'invalid_refresh_token');
  }

  /** Ends the login the refresh token belongs to, if it is the caller's. */
  async revokeLogin(userId: string, refreshToken: string): Promise<void> {
    const known = await this.refreshTokens.findByHash(hashToken(refreshToken));
    if (known && known.userId === userId) {
      await this.refreshTokens.revokeFamily(known.familyId);
      this.sessionSockets.endLogin(known.familyId, 'logout');
    }
  }

  /** The account a refresh token was issued to, whatever its state (null: never issued). */
  async ownerOf(refreshToken: string): Promise<string | null> {
    const known = await this.refreshTokens.findByHash(hashToken(refreshToken));
    return known?.userId ?? null;
  }

  /** Every login of these users, in the caller's transaction; end their sockets after commit. */
  revokeAllOfUsers(userIds: readonly string[]): Promise<void> {
    return this.refreshTokens.revokeAllOfUsers(userIds);
  }

  /** Every login of the user but `keepFamilyId`, in the caller's transaction; how many ended. */
  revokeOtherLogins(userId: string, keepFamilyId: string): Promise<number> {
    return this.refreshTokens.revokeOtherLogins(userId, keepFamilyId);
  }

  isLoginRevoked(familyId: string): Promise<boolean> {
    return this.refreshTokens.isFamilyRevoked(familyId);
  }

  async issue(user: { id: string; role: string }, familyId: string): Promise<TokenPair> {
    const payload: AccessTokenPayload = { sub: user.id, role: user.role, fam: familyId };
    const accessToken = await this.jwt.signAsync(payload);
    const refreshToken = randomBytes(32).toString('base64url');
    const ttlMs = this.config.env.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000;
    await this.refreshTokens.insert({
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + ttlMs),
    });
    return { accessToken, refreshToken };
  }
}

/** Refresh tokens are 256 random bits, so a fast hash suffices (no dictionary to attack). */
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
