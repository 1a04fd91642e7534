import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { chamberContactAddress } from '../mail/mail-links';
import { MailOutboxService } from '../mail/mail-outbox.service';
import type { UserEntity } from '../users/user.entity';
import type { CompanyEntity } from './company.entity';

/**
 * Tells a firm by mail that staff suspended or reinstated it, in the caller's transaction (a
 * rolled-back suspension mails nothing). The firm's owner answers for its membership, so the
 * owner is told; a firm without an owner (none was ever named) tells every member instead.
 * Both mails are account notices: essential, sent whatever the preferences say.
 */
@Injectable()
export class CompanySuspensionNotifier {
  private readonly contact: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly mail: MailOutboxService,
  ) {
    this.contact = chamberContactAddress(config.env);
  }

  async suspended(company: CompanyEntity, accounts: UserEntity[], reason: string): Promise<void> {
    for (const account of answerable(accounts)) {
      await this.mail.enqueue({
        to: account.email,
        userId: account.id,
        locale: account.locale,
        template: 'company-suspended',
        params: { companyName: company.name, reason, contact: this.contact },
        category: 'essential',
      });
    }
  }

  async reinstated(company: CompanyEntity, accounts: UserEntity[]): Promise<void> {
    for (const account of answerable(accounts)) {
      await this.mail.enqueue({
        to: account.email,
        userId: account.id,
        locale: account.locale,
        template: 'company-reinstated',
        params: { companyName: company.name },
        category: 'essential',
      });
    }
  }
}

function answerable(accounts: UserEntity[]): UserEntity[] {
  const owners = accounts.filter((account) => account.companyRole === 'owner');
  return owners.length > 0 ? owners : accounts;
}
