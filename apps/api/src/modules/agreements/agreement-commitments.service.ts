import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { AgreementResponse } from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../common/auth-user';
import { InvalidInputError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { AgreementAccess } from './agreement-access';
import { checkDueDates, throwIfAny } from './agreement-rules';
import {
  AgreementsRepository,
  type AgreementRow,
  type CommitmentPatch,
} from './agreements.repository';
import { AgreementsService } from './agreements.service';
import type {
  AddCommitmentDto,
  StatusUpdateDto,
  UpdateCommitmentDto,
} from './dto/update-agreement.dto';

/**
 * Follow-up of an agreement: commitments added by a party or staff, their terms edited by staff,
 * and status updates by either party — each a note kept in the history, optionally moving a
 * commitment to a new status.
 */
@Injectable()
export class AgreementCommitmentsService {
  constructor(
    private readonly agreements: AgreementsRepository,
    private readonly access: AgreementAccess,
    private readonly register: AgreementsService,
    private readonly audit: AuditService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async add(
    user: AuthUser,
    agreementId: string,
    input: AddCommitmentDto,
  ): Promise<AgreementResponse> {
    await this.txHost.withTransaction(async () => {
      const agreement = await this.access.require(user, agreementId, true);
      await this.checkOwner(agreementId, input.ownerPartyId);
      throwIfAny(checkDueDates(agreement.signedOn, [input], () => 'dueOn'));
      const id = await this.agreements.insertCommitment({
        agreementId,
        ownerPartyId: input.ownerPartyId,
        title: input.title,
        kind: input.kind ?? 'general',
        dueOn: input.dueOn,
      });
      await this.agreements.touch(agreementId);
      await this.audit.record(user, {
        action: 'agreement.commitment.add',
        target: { type: 'agreement', id: agreementId },
        after: { commitmentId: id, ...input },
      });
    });
    return this.register.get(user, agreementId);
  }

  /** Staff: a commitment's title, owner, due date or kind. */
  async update(
    staff: AuthUser,
    agreementId: string,
    commitmentId: string,
    input: UpdateCommitmentDto,
  ): Promise<AgreementResponse> {
    await this.txHost.withTransaction(async () => {
      const agreement = await this.access.require(staff, agreementId, true);
      const before = await this.mustFind(agreement, commitmentId);
      if (input.ownerPartyId) {
        await this.checkOwner(agreementId, input.ownerPartyId);
      }
      if (input.dueOn) {
        throwIfAny(checkDueDates(agreement.signedOn, [{ dueOn: input.dueOn }], () => 'dueOn'));
      }
      const patch: CommitmentPatch = {
        title: input.title,
        ownerPartyId: input.ownerPartyId,
        dueOn: input.dueOn,
        kind: input.kind,
      };
      await this.agreements.updateCommitment(commitmentId, patch);
      await this.agreements.touch(agreementId);
      await this.audit.record(staff, {
        action: 'agreement.commitment.update',
        target: { type: 'agreement', id: agreementId },
        before: {
          commitmentId,
          title: before.title,
          ownerPartyId: before.ownerPartyId,
          dueOn: before.dueOn,
          kind: before.kind,
        },
        after: { commitmentId, ...input },
      });
    });
    return this.register.get(staff, agreementId);
  }

  /** Either party (or staff): a note, and a commitment's new status if one is given. */
  async postUpdate(
    user: AuthUser,
    agreementId: string,
    input: StatusUpdateDto,
  ): Promise<AgreementResponse> {
    await this.txHost.withTransaction(async () => {
      const agreement = await this.access.require(user, agreementId, true);
      const commitment = input.commitmentId
        ? await this.mustFind(agreement, input.commitmentId)
        : null;
      const toStatus = input.status && commitment ? input.status : null;
      if (commitment && toStatus && toStatus !== commitment.status) {
        await this.agreements.updateCommitment(commitment.id, {
          status: toStatus,
          notes: input.note,
        });
      }
      const updateId = await this.agreements.insertStatusUpdate({
        agreementId,
        commitmentId: commitment?.id ?? null,
        fromStatus: toStatus ? (commitment?.status ?? null) : null,
        toStatus,
        note: input.note,
        authorUserId: user.id,
        authorName: user.fullName,
        authorCompanyId: isStaff(user) ? null : user.companyId,
      });
      await this.agreements.touch(agreementId);
      await this.audit.record(user, {
        action: 'agreement.status_update',
        target: { type: 'agreement', id: agreementId },
        before: commitment ? { commitmentId: commitment.id, status: commitment.status } : null,
        after: {
          updateId,
          commitmentId: commitment?.id ?? null,
          status: toStatus ?? commitment?.status ?? null,
          note: input.note,
        },
      });
    });
    return this.register.get(user, agreementId);
  }

  private async mustFind(agreement: AgreementRow, commitmentId: string) {
    const commitment = await this.agreements.findCommitment(agreement.id, commitmentId, true);
    if (!commitment) {
      throw InvalidInputError.field('commitmentId', 'no such commitment on this agreement');
    }
    return commitment;
  }

  private async checkOwner(agreementId: string, partyId: string): Promise<void> {
    const parties = await this.agreements.parties([agreementId]);
    if (!parties.some((party) => party.id === partyId)) {
      throw InvalidInputError.field(
        'ownerPartyId',
        'the owner must be one of the agreement’s parties',
      );
    }
  }
}
