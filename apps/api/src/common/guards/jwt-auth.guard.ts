import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { UnauthorizedError } from '../errors/domain-error';

/** Requires a valid access token. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<TUser>(error: unknown, user: TUser | false, info: unknown): TUser {
    if (error || !user) {
      throw tokenError(info);
    }
    return user;
  }
}

/** Lets anonymous callers through; a token that is present must still be valid. */
@Injectable()
export class OptionalJwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<TUser>(
    error: unknown,
    user: TUser | false,
    info: unknown,
    context: unknown,
  ): TUser | null {
    const hasToken = Boolean(
      (context as { switchToHttp(): { getRequest(): { headers: Record<string, unknown> } } })
        .switchToHttp()
        .getRequest().headers.authorization,
    );
    if (!hasToken) {
      return null;
    }
    if (error || !user) {
      throw tokenError(info);
    }
    return user;
  }
}

function tokenError(info: unknown): UnauthorizedError {
  const name = (info as { name?: string } | undefined)?.name;
  return name === 'TokenExpiredError'
    ? new UnauthorizedError('Your session has expired', 'token_expired')
    : new UnauthorizedError();
}
