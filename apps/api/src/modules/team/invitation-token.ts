import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters. Only its SHA-256 is stored. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A string that cannot be a token is answered like an unknown one (404), without a lookup. */
export function looksLikeInvitationToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/** The web page that opens an invitation. */
export function invitationPath(token: string): string {
  return `/invite/${token}`;
}
