import { Injectable } from '@nestjs/common';
import { TEAM_LIMITS } from '@jcc/contracts';
import { TooManyRequestsError } from '../../common/errors/domain-error';
import { RateLimitStore, type Limit } from '../../common/rate-limits/rate-limit-store';

const HOUR = 3600;

/**
 * Invitations cost someone a mail: a firm (or staff, per firm) sends at most a few per hour, and
 * one address receives at most a few per hour whoever sends them. Counted before anything is
 * written, so a refused flood writes nothing.
 */
@Injectable()
export class InvitationLimits {
  private readonly perFirm: Limit;
  private readonly perAddress: Limit;

  constructor(store: RateLimitStore) {
    this.perFirm = store.create({
      name: 'team-invite-firm',
      points: TEAM_LIMITS.invitationsPerFirmPerHour,
      durationSeconds: HOUR,
    });
    this.perAddress = store.create({
      name: 'team-invite-address',
      points: TEAM_LIMITS.invitationsPerAddressPerHour,
      durationSeconds: HOUR,
    });
  }

  async consume(companyId: string, email: string): Promise<void> {
    const waits = await Promise.all([
      this.perFirm.consume(companyId),
      this.perAddress.consume(email.toLowerCase()),
    ]);
    const wait = Math.max(...waits);
    if (wait > 0) {
      throw new TooManyRequestsError(
        'Too many invitations; try again later',
        'rate_limited',
        Math.ceil(wait / 1000),
      );
    }
  }
}
