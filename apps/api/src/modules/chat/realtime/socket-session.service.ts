import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { ConnectErrorData } from '@jcc/contracts';
import type { AuthUser } from '../../../common/auth-user';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AuthService } from '../../auth/auth.service';
import type { AccessTokenPayload } from '../../auth/tokens.service';
import { isOriginAllowed } from './origin-policy';

/** A refused handshake; the client sees `connect_error` "unauthorized" with this code as data. */
export class HandshakeRefused extends Error {
  constructor(readonly code: ConnectErrorData['code']) {
    super('unauthorized');
  }
}

export interface HandshakeInput {
  token: unknown;
  origin: string | undefined;
  host: string | undefined;
}

export interface SocketSession {
  user: AuthUser;
  /** When the access token runs out (ms since the epoch). */
  expiresAt: number;
  /** The login (refresh-token family) the token belongs to: logout ends its sockets. */
  familyId: string;
}

/**
 * Guards do not run on connect, so the handshake is checked here: the page's origin, then the
 * access token (HS256, same secret, `exp` enforced), then the user and login behind it, exactly
 * as the HTTP guard does.
 */
@Injectable()
export class SocketSessionService {
  constructor(
    private readonly jwt: JwtService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async authenticate(input: HandshakeInput): Promise<SocketSession> {
    if (!isOriginAllowed(input.origin, input.host, this.config.allowedOrigins)) {
      throw new HandshakeRefused('origin_not_allowed');
    }
    if (typeof input.token !== 'string' || input.token.length === 0 || input.token.length > 4096) {
      throw new HandshakeRefused('unauthorized');
    }
    let payload: AccessTokenPayload & { exp?: unknown };
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload & { exp?: unknown }>(input.token);
    } catch (error) {
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      throw new HandshakeRefused(expired ? 'token_expired' : 'unauthorized');
    }
    // A token without exp would never end the socket's session.
    if (typeof payload.exp !== 'number') {
      throw new HandshakeRefused('unauthorized');
    }
    const user = await this.auth.userForAccessToken(payload);
    if (!user) {
      throw new HandshakeRefused('unauthorized');
    }
    return { user, expiresAt: payload.exp * 1000, familyId: payload.fam };
  }
}
