import { Injectable } from '@nestjs/common';
import { TooManyRequestsError } from '../../../common/errors/domain-error';
import { RateLimitStore, type Limit } from '../../../common/rate-limits/rate-limit-store';

/**
 * Password-reset and verification-resend requests: at most 3 per address and 30 per client IP (an office shares one) in
 * 15 minutes, counted before anything is looked up, so that the answer (202, or 429 when the
 * limit is used up) is the same whether an account has the address or not.
 */
@Injectable()
export class AccountRequestLimits {
  private readonly byAddress: Limit;
  private readonly byIp: Limit;

  constructor(store: RateLimitStore) {
    this.byAddress = store.create({
      name: 'account-mail-address',
      points: 3,
      durationSeconds: 900,
    });
    this.byIp = store.create({ name: 'account-mail-ip', points: 30, durationSeconds: 900 });
  }

  async consume(kind: 'reset' | 'verify', email: string, ip: string): Promise<void> {
    const waits = await Promise.all([
      this.byAddress.consume(`${kind}:${email.trim().toLowerCase()}`),
      this.byIp.consume(`${kind}:${ip}`),
    ]);
    const wait = Math.max(...waits);
    if (wait > 0) {
      throw new TooManyRequestsError(
        'Too many requests for this address. Wait a few minutes and try again.',
        'too_many_attempts',
        Math.max(Math.ceil(wait / 1000), 1),
      );
    }
  }
}
