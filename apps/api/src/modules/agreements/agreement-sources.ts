import { Injectable } from '@nestjs/common';
import type { AgreementSourceKind } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { InvalidInputError } from '../../common/errors/domain-error';
import { ConversationsService } from '../chat/conversations/conversations.service';
import { MatchingService } from '../matching/matching.service';
import { MeetingRequestsService } from '../meetings/meeting-requests.service';

/**
 * Checks that the firms of an agreement really were in the match, conversation or meeting it
 * names as its source, reading each through its owner's service. Institutions take no part in
 * platform sources, so a source other than `other` needs firms only.
 */
@Injectable()
export class AgreementSources {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly meetings: MeetingRequestsService,
    private readonly matching: MatchingService,
  ) {}

  async check(
    source: { kind: AgreementSourceKind; refId: string | null },
    firmIds: string[],
    hasInstitutions: boolean,
    actor: AuthUser,
  ): Promise<void> {
    if (source.kind === 'other') {
      return;
    }
    if (hasInstitutions) {
      throw InvalidInputError.field(
        'source.kind',
        'institutions take no part in matches, conversations or meetings: use source other',
      );
    }
    const refId = source.refId as string;
    if (source.kind === 'match') {
      const [first, second] = firmIds;
      const isMatch =
        firmIds.length === 2 &&
        firmIds.includes(refId) &&
        (await this.matching.isMatch(first, second, actor));
      if (!isMatch) {
        throw InvalidInputError.field(
          'source.refId',
          'a match is between exactly two firms: source.refId must be one of them and the two must match',
        );
      }
      return;
    }
    const firms =
      source.kind === 'conversation'
        ? await this.conversations.firmsOf(refId)
        : await this.meetings.firmsOf(refId);
    if (!firms) {
      throw InvalidInputError.field('source.refId', `no such ${source.kind}`);
    }
    const outside = firmIds.filter((id) => !firms.includes(id));
    if (outside.length > 0) {
      throw InvalidInputError.field(
        'parties',
        `every firm must have taken part in the ${source.kind} named as source; not: ${outside.join(', ')}`,
      );
    }
  }
}
