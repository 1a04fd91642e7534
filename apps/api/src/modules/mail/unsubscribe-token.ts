import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '@jcc/contracts';

/**
 * The one-click unsubscribe token: `<userId>.<category>.<signature>`, signed with a key derived
 * from the JWT secret. It never expires (an old mail's link must keep working) and does only one
 * thing: turn one category's mails off for one user.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('mail-unsubscribe-v1').digest();
  }

  sign(userId: string, category: NotificationCategory): string {
    return `${userId}.${category}.${this.signature(userId, category)}`;
  }

  /** Null for anything not signed by us. */
  verify(token: string): { userId: string; category: NotificationCategory } | null {
    const parts = token.split('.');
    if (parts.length !== 3) {
      return null;
    }
    const [userId, category, signature] = parts;
    if (!(NOTIFICATION_CATEGORIES as readonly string[]).includes(category)) {
      return null;
    }
    const expected = Buffer.from(this.signature(userId, category as NotificationCategory));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return null;
    }
    return { userId, category: category as NotificationCategory };
  }

  private signature(userId: string, category: string): string {
    return createHmac('sha256', this.key).update(`${userId}:${category}`).digest('base64url');
  }
}
