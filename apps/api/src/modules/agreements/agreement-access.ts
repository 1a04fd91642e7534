import { Injectable } from '@nestjs/common';
import { isStaff, type AuthUser } from '../../common/auth-user';
import { NotFoundError } from '../../common/errors/domain-error';
import { AgreementsRepository, type AgreementRow } from './agreements.repository';

/**
 * Who may see and follow up an agreement: staff every one, a firm's members only those their
 * firm is party to. Any other caller gets 404, as for an agreement that does not exist.
 */
@Injectable()
export class AgreementAccess {
  constructor(private readonly agreements: AgreementsRepository) {}

  async require(user: AuthUser, agreementId: string, forUpdate = false): Promise<AgreementRow> {
    const row = await this.agreements.findAgreement(agreementId, forUpdate);
    if (!row || !(await this.mayUse(user, agreementId))) {
      throw new NotFoundError('Agreement');
    }
    return row;
  }

  private async mayUse(user: AuthUser, agreementId: string): Promise<boolean> {
    if (isStaff(user)) {
      return true;
    }
    return user.companyId !== null && this.agreements.isParty(agreementId, user.companyId);
  }
}
