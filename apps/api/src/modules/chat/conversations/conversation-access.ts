import { Injectable } from '@nestjs/common';
import { isStaff, type AuthUser } from '../../../common/auth-user';
import { chatErrors } from '../chat-errors';
import { ConversationsRepository, type ConversationFacts } from './conversations.repository';

const CACHE_SIZE = 10_000;

/**
 * Who may use a conversation: the members of its firms, and chamber staff for `chamber`
 * conversations (staff do not read what two firms say to each other). Participants never change
 * once a conversation exists, so facts are cached and each message, typing or read event costs no
 * extra query; unknown ids are not cached (they may be created later).
 */
@Injectable()
export class ConversationAccess {
  private readonly cache = new Map<string, ConversationFacts>();

  constructor(private readonly conversations: ConversationsRepository) {}

  /** The conversation if the user may use it; otherwise 404, as for one that does not exist. */
  async require(user: AuthUser, conversationId: string): Promise<ConversationFacts> {
    const facts = await this.facts(conversationId);
    if (!facts || !mayUse(user, facts)) {
      throw chatErrors.conversationNotFound();
    }
    return facts;
  }

  remember(facts: ConversationFacts): void {
    if (this.cache.size >= CACHE_SIZE) {
      // Map iteration order is insertion order: drop the oldest entry.
      const oldest = this.cache.keys().next();
      if (!oldest.done) {
        this.cache.delete(oldest.value);
      }
    }
    this.cache.set(facts.id, facts);
  }

  private async facts(conversationId: string): Promise<ConversationFacts | null> {
    const cached = this.cache.get(conversationId);
    if (cached) {
      return cached;
    }
    const facts = await this.conversations.findFacts(conversationId);
    if (facts) {
      this.remember(facts);
    }
    return facts;
  }
}

export function mayUse(user: AuthUser, facts: ConversationFacts): boolean {
  if (facts.kind === 'chamber' && isStaff(user)) {
    return true;
  }
  return user.companyId !== null && facts.companyIds.includes(user.companyId);
}
