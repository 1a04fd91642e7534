import { Inject, Injectable } from '@nestjs/common';
import { TooManyRequestsError } from '../../common/errors/domain-error';
import { RateLimitStore, type Limit } from '../../common/rate-limits/rate-limit-store';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/**
 * Failed sign-ins per e-mail and per client IP over a minute, shared by every API process when
 * REDIS_URL is set. Only failures count: colleagues signing in from one office address do not
 * lock each other out, while guessing passwords stops after LOGIN_ATTEMPTS_PER_MINUTE misses.
 */
@Injectable()
export class LoginThrottle {
  private readonly byEmail: Limit;
  private readonly byIp: Limit;

  constructor(@Inject(APP_CONFIG) config: AppConfig, store: RateLimitStore) {
    const spec = { points: config.env.LOGIN_ATTEMPTS_PER_MINUTE, durationSeconds: 60 };
    this.byEmail = store.create({ name: 'login-email', ...spec });
    this.byIp = store.create({ name: 'login-ip', ...spec });
  }

  /** Throws 429 when the e-mail or the address has used up its failures for the minute. */
  async check(email: string, ip: string): Promise<void> {
    const waits = await Promise.all([
      this.byEmail.blockedFor(emailKey(email)),
      this.byIp.blockedFor(ip),
    ]);
    tooMany(Math.max(...waits));
  }

  async failed(email: string, ip: string): Promise<void> {
    await Promise.all([this.byEmail.consume(emailKey(email)), this.byIp.consume(ip)]);
  }

  /** A correct password clears the e-mail's misses (the address's stay: it may guess others). */
  async succeeded(email: string): Promise<void> {
    await this.byEmail.reset(emailKey(email));
  }
}

const emailKey = (email: string) => email.trim().toLowerCase();

function tooMany(waitMs: number): void {
  if (waitMs > 0) {
    throw new TooManyRequestsError(
      'Too many sign-in attempts. Wait a minute and try again.',
      'too_many_attempts',
      Math.max(Math.ceil(waitMs / 1000), 1),
    );
  }
}
