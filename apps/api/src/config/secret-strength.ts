/**
 * Secrets that were ever printed in this repository, its docs or common templates. Whoever deploys
 * with one lets anyone who read it mint tokens, so production refuses them outright.
 */
const KNOWN_PLACEHOLDERS = [
  'change-me-to-a-long-random-secret-of-32-chars',
  'test-secret-that-is-long-enough-for-hs256-signing',
];

const PLACEHOLDER_WORDS =
  /change[-_ ]?me|replace[-_ ]?me|placeholder|your[-_ ]?secret|example|default/i;

/** Why a production secret is not acceptable, or null when it is. */
export function weakSecretReason(secret: string): string | null {
  if (secret.length < 32) {
    return 'must be at least 32 characters';
  }
  if (KNOWN_PLACEHOLDERS.includes(secret) || PLACEHOLDER_WORDS.test(secret)) {
    return 'is a placeholder from the documentation; generate one with `openssl rand -base64 48`';
  }
  // "xxxxxxxx…" or "aaaa…1111" has the length but not the randomness.
  if (new Set(secret).size < 10) {
    return 'is not random enough; generate one with `openssl rand -base64 48`';
  }
  return null;
}
