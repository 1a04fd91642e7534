import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { TooManyRequestsError } from '../errors/domain-error';
import { RateLimitStore, type Limit } from './rate-limit-store';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Session operations with limits of their own (failed logins) or bound to a token. */
const EXEMPT = new Set(['/api/auth/login', '/api/auth/refresh', '/api/auth/logout']);

/**
 * Every write (registration, contact requests, profile edits, chamber work …) counts against one
 * budget per signed-in user, or per client address when anonymous, shared by every process when
 * REDIS_URL is set. Runs after the guards, so the user is known. Bound to every route that can
 * receive a write by bindWriteLimit, not globally: reads never reach it.
 */
@Injectable()
export class WriteLimitInterceptor implements NestInterceptor {
  private readonly limit: Limit;

  constructor(@Inject(APP_CONFIG) config: AppConfig, store: RateLimitStore) {
    this.limit = store.create({
      name: 'writes',
      points: config.env.WRITES_PER_MINUTE,
      durationSeconds: 60,
    });
  }

  /** Reads (an @All route's) pass straight through, without an await: only writes spend the budget. */
  intercept(
    context: ExecutionContext,
    next: CallHandler,
  ): Observable<unknown> | Promise<Observable<unknown>> {
    if (context.getType() !== 'http') {
      return next.handle();
    }
    const request = context.switchToHttp().getRequest<{
      method: string;
      url: string;
      ip: string;
      user?: { id?: string } | null;
    }>();
    if (READS.has(request.method) || EXEMPT.has(request.url.split('?')[0])) {
      return next.handle();
    }
    return this.consumeThen(
      request.user?.id ? `user:${request.user.id}` : `ip:${request.ip}`,
      next,
    );
  }

  private async consumeThen(key: string, next: CallHandler): Promise<Observable<unknown>> {
    const waitMs = await this.limit.consume(key);
    if (waitMs > 0) {
      throw new TooManyRequestsError(
        'Too many changes in a short time; wait a moment and try again',
        'rate_limited',
        Math.ceil(waitMs / 1000),
      );
    }
    return next.handle();
  }
}
