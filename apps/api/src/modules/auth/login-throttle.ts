import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { TooManyRequestsError } from '../../common/errors/domain-error';

const WINDOW_MS = 60_000;

/**
 * Sliding-window limit on sign-in attempts, per e-mail and per client IP, so that neither one
 * account nor one machine can guess passwords quickly. In memory: with several API processes each
 * counts on its own (a shared Redis counter is the next step when that matters).
 */
@Injectable()
export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();
  private lastSweep = Date.now();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Records an attempt; throws 429 when the e-mail or the IP has used up its minute. */
  hit(email: string, ip: string): void {
    const now = Date.now();
    this.sweep(now);
    const limit = this.config.env.LOGIN_ATTEMPTS_PER_MINUTE;
    const keys = [`email:${email.trim().toLowerCase()}`, `ip:${ip}`];
    const windows = keys.map((key) => this.recent(key, now));
    const blocked = windows.find((window) => window.length >= limit);
    if (blocked) {
      const retryAfter = Math.ceil((blocked[0] + WINDOW_MS - now) / 1000);
      throw new TooManyRequestsError(
        'Too many sign-in attempts. Wait a minute and try again.',
        'too_many_attempts',
        Math.max(retryAfter, 1),
      );
    }
    windows.forEach((window, index) => this.attempts.set(keys[index], [...window, now]));
  }

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
  }

  /** Forget idle keys once a minute so the map cannot grow without bound. */
  private sweep(now: number): void {
    if (now - this.lastSweep < WINDOW_MS) {
      return;
    }
    this.lastSweep = now;
    for (const [key, times] of this.attempts) {
      if (times.every((at) => now - at >= WINDOW_MS)) {
        this.attempts.delete(key);
      }
    }
  }
}
