import { Injectable } from '@nestjs/common';
import { TooManyRequestsError } from '../../common/errors/domain-error';
import { RateLimitStore, type Limit } from '../../common/rate-limits/rate-limit-store';

/**
 * Wrong current passwords on the signed-in password change, per account: 5 in 15 minutes, shared
 * by every process when REDIS_URL is set. A stolen access token must not become a way to guess
 * the password at the pace of the general write budget.
 */
@Injectable()
export class PasswordChangeThrottle {
  private readonly failures: Limit;

  constructor(store: RateLimitStore) {
    this.failures = store.create({
      name: 'password-change-failures',
      points: 5,
      durationSeconds: 900,
    });
  }

  async check(userId: string): Promise<void> {
    const wait = await this.failures.blockedFor(userId);
    if (wait > 0) {
      throw new TooManyRequestsError(
        'Too many wrong passwords. Wait a few minutes and try again.',
        'too_many_attempts',
        Math.max(Math.ceil(wait / 1000), 1),
      );
    }
  }

  async failed(userId: string): Promise<void> {
    await this.failures.consume(userId);
  }

  async succeeded(userId: string): Promise<void> {
    await this.failures.reset(userId);
  }
}
