import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AgreementRemindersRepository, type DueReminder } from './agreement-reminders.repository';

/**
 * The one place where an overdue commitment's reminder is raised: inside the caller's
 * transaction it claims the reminder row (exactly once, whatever the number of API processes)
 * and records it in the audit log. The in-app and e-mail delivery to the owner party's users and
 * the responsible staff member goes through NotificationsService (helper team's seam) here, in
 * the same transaction, once that seam is merged.
 */
@Injectable()
export class AgreementRemindersNotifier {
  private readonly logger = new Logger(AgreementRemindersNotifier.name);

  constructor(
    private readonly reminders: AgreementRemindersRepository,
    private readonly audit: AuditService,
  ) {}

  /** True when this call raised the reminder; false when another process already had. */
  async raise(reminder: DueReminder): Promise<boolean> {
    if (!(await this.reminders.claim(reminder))) {
      return false;
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
    this.logger.log(
      `Reminder: "${reminder.commitmentTitle}" of agreement ${reminder.agreementId} was due ${reminder.dueOn}`,
    );
    return true;
  }
}
