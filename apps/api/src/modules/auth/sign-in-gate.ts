import { Injectable } from '@nestjs/common';

/** Throws (a DomainError) when the account may not start or renew a session now. */
export type SignInCheck = (user: { id: string; companyId: string | null }) => Promise<void>;

/**
 * Checks that other features add to signing in and refreshing, without the auth module knowing
 * them: the companies module registers "the firm is not suspended" (issue 18). A check lives in
 * the module that owns its data, and auth stays below every feature in the import graph.
 */
@Injectable()
export class SignInGate {
  private readonly checks: SignInCheck[] = [];

  register(check: SignInCheck): void {
    this.checks.push(check);
  }

  async check(user: { id: string; companyId: string | null }): Promise<void> {
    for (const check of this.checks) {
      await check(user);
    }
  }
}
