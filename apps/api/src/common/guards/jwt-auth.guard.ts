import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { isDatabaseUnavailable } from '../../database/database-errors';
import { UnauthorizedError } from '../errors/domain-error';

/** Requires a valid access token. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<TUser>(error: unknown, user: TUser | false, info: unknown): TUser {
    if (error || !user) {
      throw tokenError(error, info);
    }
    return user;
  }
}

/** Lets anonymous callers through; a token that is present must still be valid. */
@Injectable()
export class OptionalJwtAuthGuard extends AuthGuard('jwt') {
  /**
   * An anonymous request (no Authorization header) is let through as anonymous at once: passport
   * would only find no token and end in handleRequest's `null` below, at the cost of a strategy
   * run on every anonymous read of the directory and company pages.
   */
  override canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, unknown>; user?: unknown }>();
    if (!request.headers.authorization) {
      request.user = null;
      return true;
    }
    return super.canActivate(context) as Promise<boolean>;
  }

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
      throw tokenError(error, info);
    }
    return user;
  }
}

/** The database being away while the user is re-read is not the caller's fault: 503, not 401. */
function tokenError(error: unknown, info: unknown): unknown {
  if (isDatabaseUnavailable(error)) {
    return error;
  }
  const name = (info as { name?: string } | undefined)?.name;
  return name === 'TokenExpiredError'
    ? new UnauthorizedError('Your session has expired', 'token_expired')
    : new UnauthorizedError();
}
