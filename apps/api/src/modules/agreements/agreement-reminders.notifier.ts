import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { NotificationRecipient } from '../notifications/notify-input';
import { AgreementRemindersRepository, type DueReminder } from './agreement-reminders.repository';

/**
 * The one place where an overdue commitment's reminder is raised, inside the caller's
 * transaction: it claims the reminder row (exactly once, whatever the number of API processes),
 * notifies the owner party's members and the responsible staff member (in-app, realtime after
 * the commit, and by mail through the outbox where their preferences allow `agreements`), and
 * records it in the audit log. A claim lost to another process writes nothing else.
 */
@Injectable()
export class AgreementRemindersNotifier {
  constructor(
    private readonly reminders: AgreementRemindersRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** True when this call raised the reminder; false when another process already had. */
  async raise(reminder: DueReminder): Promise<boolean> {
    if (!(await this.reminders.claim(reminder))) {
      return false;
    }
    const recipients: NotificationRecipient[] = [
      ...(reminder.ownerCompanyId ? [{ companyId: reminder.ownerCompanyId }] : []),
      ...(reminder.responsibleStaffUserId ? [{ userId: reminder.responsibleStaffUserId }] : []),
    ];
    const params = {
      agreementId: reminder.agreementId,
      agreementTitle: reminder.agreementTitle,
      commitmentTitle: reminder.commitmentTitle,
      ownerName: reminder.ownerName,
      dueOn: reminder.dueOn,
    };
    if (recipients.length > 0) {
      await this.notifications.notify({
        recipients,
        kind: 'agreement.commitment_overdue',
        params: { ...params, commitmentId: reminder.commitmentId },
        link: `/agreements/${reminder.agreementId}`,
        mail: {
          template: 'agreement-commitment-overdue',
          category: 'agreements',
          params,
        },
      });
    }
    await this.audit.record(null, {
      action: 'agreement.reminder',
      target: { type: 'agreement', id: reminder.agreementId },
      after: {
        commitmentId: reminder.commitmentId,
        dueOn: reminder.dueOn,
        ownerCompanyId: reminder.ownerCompanyId,
        responsibleStaffUserId: reminder.responsibleStaffUserId,
      },
    });
    return true;
  }
}
