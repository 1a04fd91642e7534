import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id at OWASP's minimum (m = 19 MiB, t = 2, p = 1). `Algorithm.Argon2id` is a const enum
 * that a per-file compiler (swc) cannot inline, hence the literal 2.
 */
const ARGON2ID = 2;
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

@Injectable()
export class PasswordHasher {
  /** Verifying against this keeps unknown e-mails as slow as known ones (no user enumeration). */
  private readonly decoy = hash('decoy-password-for-timing', PASSWORD_HASH_OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, PASSWORD_HASH_OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      await verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}
