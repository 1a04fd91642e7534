import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import type { AuthUser } from '../../../common/auth-user';
import { AuthService } from '../auth.service';
import type { AccessTokenPayload } from '../tokens.service';

/** One algorithm (HS256) and a checked `exp`; the user is re-read so a revoked login stops at once. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(payload: AccessTokenPayload): Promise<AuthUser | null> {
    return this.auth.userForAccessToken(payload);
  }
}
