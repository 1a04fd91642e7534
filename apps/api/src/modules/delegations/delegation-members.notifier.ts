import { Injectable } from '@nestjs/common';
import type { DelegationMemberStatus } from '@jcc/contracts';
import { MailOutboxService } from '../mail/mail-outbox.service';
import type { DelegationEntity } from './delegation.entity';

/**
 * What the chamber's delegation decisions tell a firm's people, by mail, in the caller's
 * transaction. Invitations are essential (they need an answer); other changes obey preferences.
 */
@Injectable()
export class DelegationMembersNotifier {
  constructor(private readonly mail: MailOutboxService) {}

  async placed(
    delegation: DelegationEntity,
    companyId: string,
    status: DelegationMemberStatus,
  ): Promise<void> {
    if (status === 'invited') {
      await this.mail.enqueueForCompany(companyId, {
        template: 'delegation-invitation',
        params: {
          delegationTitle: delegation.title,
          hostCity: delegation.hostCity,
          startsOn: String(delegation.startsOn),
        },
        category: 'essential',
      });
      return;
    }
    await this.statusChanged(delegation, companyId, status);
  }

  statusChanged(
    delegation: DelegationEntity,
    companyId: string,
    status: DelegationMemberStatus,
  ): Promise<void> {
    return this.mail.enqueueForCompany(companyId, {
      template: 'delegation-status',
      params: { delegationTitle: delegation.title, status },
      category: 'delegations',
    });
  }
}
