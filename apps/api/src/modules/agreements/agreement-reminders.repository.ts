import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

export interface DueReminder {
  commitmentId: string;
  commitmentTitle: string;
  agreementId: string;
  agreementTitle: string;
  dueOn: string;
  ownerCompanyId: string | null;
  ownerName: string;
  responsibleStaffUserId: string | null;
}

/** The reminders table: one row per commitment that passed its due date unfinished. */
@Injectable()
export class AgreementRemindersRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Unfinished commitments due before today that have no reminder yet, oldest due first. */
  dueWithoutReminder(today: string, limit: number): Promise<DueReminder[]> {
    return this.txHost.tx.query<DueReminder[]>(
      `SELECT c.id AS "commitmentId", c.title AS "commitmentTitle", a.id AS "agreementId",
         a.title AS "agreementTitle", c.due_on::text AS "dueOn", p.company_id AS "ownerCompanyId",
         p.name AS "ownerName", a.responsible_staff_user_id AS "responsibleStaffUserId"
       FROM agreement_commitments c
       JOIN agreements a ON a.id = c.agreement_id
       JOIN agreement_parties p ON p.id = c.owner_party_id
       WHERE c.status IN ('open', 'in_progress') AND c.due_on < $1::date
         AND NOT EXISTS (SELECT 1 FROM agreement_reminders r WHERE r.commitment_id = c.id)
       ORDER BY c.due_on, c.id LIMIT $2`,
      [today, limit],
    );
  }

  /**
   * Claims the commitment's one reminder. The primary key decides between processes sweeping at
   * once: the second INSERT waits for the first transaction and then does nothing → false.
   */
  async claim(reminder: DueReminder): Promise<boolean> {
    const rows = await this.txHost.tx.query<{ commitment_id: string }[]>(
      `INSERT INTO agreement_reminders (commitment_id, agreement_id, due_on, recipient_company_id,
         recipient_staff_user_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (commitment_id) DO NOTHING RETURNING commitment_id`,
      [
        reminder.commitmentId,
        reminder.agreementId,
        reminder.dueOn,
        reminder.ownerCompanyId,
        reminder.responsibleStaffUserId,
      ],
    );
    return rows.length === 1;
  }
}
