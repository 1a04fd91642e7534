import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/auth-user';
import { NotificationsService } from '../notifications/notifications.service';
import type { OpportunityRow } from './opportunity-row';

/**
 * The one place the board tells the posting firm what happened: someone expressed interest, staff
 * published or refused. Called inside the change's transaction, so the bell rows and the mails
 * commit with it (and `notification:new` goes out only after the commit).
 */
@Injectable()
export class OpportunityNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  interestExpressed(
    row: OpportunityRow,
    from: { name: string; contactRequestId: string },
    actor: AuthUser,
  ): Promise<void> {
    return this.notifications.notify({
      recipients: [{ companyId: row.companyId }],
      kind: 'opportunity.interest_received',
      params: { opportunityId: row.id, title: row.title, firmName: from.name },
      link: '/contacts',
      exceptUserIds: [actor.id],
      mail: {
        template: 'opportunity-interest',
        category: 'opportunities',
        params: { firmName: from.name, title: row.title },
        dedupeKey: `opportunity-interest:${from.contactRequestId}`,
      },
    });
  }

  reviewed(row: OpportunityRow): Promise<void> {
    const decision = row.status === 'published' ? 'published' : 'refused';
    return this.notifications.notify({
      recipients: [{ companyId: row.companyId }],
      kind: decision === 'published' ? 'opportunity.published' : 'opportunity.refused',
      params: { opportunityId: row.id, title: row.title, reason: row.refusalReason },
      link: decision === 'published' ? `/opportunities/${row.id}` : '/opportunities/mine',
      mail: {
        template: 'opportunity-reviewed',
        category: 'opportunities',
        params: {
          title: row.title,
          decision,
          reason: row.refusalReason ?? '',
          opportunityId: row.id,
        },
      },
    });
  }
}
