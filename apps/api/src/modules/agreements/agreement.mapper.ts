import type {
  AgreementCommitment,
  AgreementListItem,
  AgreementResponse,
  AgreementStatusUpdate,
} from '@jcc/contracts';
import type {
  AgreementRow,
  CommitmentRow,
  PartyRow,
  StatusUpdateRow,
} from './agreements.repository';

/** Today's date in UTC, `YYYY-MM-DD`: due dates are calendar dates, compared as text. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isOpenStatus(status: CommitmentRow['status']): boolean {
  return status === 'open' || status === 'in_progress';
}

export function toCommitment(row: CommitmentRow, today = todayUtc()): AgreementCommitment {
  return {
    id: row.id,
    ownerPartyId: row.ownerPartyId,
    title: row.title,
    kind: row.kind,
    dueOn: row.dueOn,
    status: row.status,
    notes: row.notes,
    overdue: isOpenStatus(row.status) && row.dueOn < today,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toStatusUpdate(row: StatusUpdateRow): AgreementStatusUpdate {
  return {
    id: row.id,
    commitmentId: row.commitmentId,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    note: row.note,
    authorUserId: row.authorUserId,
    authorName: row.authorName,
    authorCompanyId: row.authorCompanyId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toAgreementListItem(
  row: AgreementRow,
  parties: PartyRow[],
  commitments: CommitmentRow[],
): AgreementListItem {
  const today = todayUtc();
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    summary: row.summary,
    bilateral: row.bilateral,
    sectors: row.sectors,
    signedOn: row.signedOn,
    source: { kind: row.sourceKind, refId: row.sourceRef },
    documents: row.documentUrl ? [{ kind: 'link', url: row.documentUrl }] : [],
    responsibleStaffUserId: row.responsibleStaffUserId,
    parties: parties.map((party) => ({
      id: party.id,
      companyId: party.companyId,
      name: party.name,
      country: party.country,
    })),
    commitments: commitments.map((commitment) => toCommitment(commitment, today)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toAgreementResponse(
  row: AgreementRow,
  parties: PartyRow[],
  commitments: CommitmentRow[],
  history: StatusUpdateRow[],
): AgreementResponse {
  return {
    ...toAgreementListItem(row, parties, commitments),
    history: history.map(toStatusUpdate),
  };
}
