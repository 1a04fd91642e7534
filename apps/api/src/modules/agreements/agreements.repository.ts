import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type {
  AgreementKind,
  AgreementSourceKind,
  CommitmentKind,
  CommitmentStatus,
  Country,
  SectorCode,
} from '@jcc/contracts';

export interface AgreementRow {
  id: string;
  title: string;
  kind: AgreementKind;
  summary: string;
  bilateral: boolean;
  sectors: SectorCode[];
  signedOn: string;
  sourceKind: AgreementSourceKind;
  sourceRef: string | null;
  documentUrl: string | null;
  responsibleStaffUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Text form of created_at with microseconds: the list's keyset cursor. */
  sortAt: string;
}

export interface PartyRow {
  id: string;
  agreementId: string;
  companyId: string | null;
  name: string;
  country: Country;
}

export interface CommitmentRow {
  id: string;
  agreementId: string;
  ownerPartyId: string;
  title: string;
  kind: CommitmentKind;
  dueOn: string;
  status: CommitmentStatus;
  notes: string;
  updatedAt: Date;
}

export interface StatusUpdateRow {
  id: string;
  agreementId: string;
  commitmentId: string | null;
  fromStatus: CommitmentStatus | null;
  toStatus: CommitmentStatus | null;
  note: string;
  authorUserId: string | null;
  authorName: string;
  authorCompanyId: string | null;
  createdAt: Date;
}

export type AgreementWrite = Omit<AgreementRow, 'id' | 'createdAt' | 'updatedAt' | 'sortAt'>;
export type AgreementPatch = Partial<
  Pick<
    AgreementRow,
    'title' | 'kind' | 'summary' | 'sectors' | 'signedOn' | 'documentUrl' | 'responsibleStaffUserId'
  >
>;
export type CommitmentPatch = Partial<
  Pick<CommitmentRow, 'title' | 'ownerPartyId' | 'dueOn' | 'kind' | 'status' | 'notes'>
>;

const AGREEMENT_COLUMNS = `a.id, a.title, a.kind, a.summary, a.bilateral, a.sectors,
  a.signed_on::text AS "signedOn", a.source_kind AS "sourceKind", a.source_ref AS "sourceRef",
  a.document_url AS "documentUrl", a.responsible_staff_user_id AS "responsibleStaffUserId",
  a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.created_at::text AS "sortAt"`;

const PARTY_COLUMNS = `id, agreement_id AS "agreementId", company_id AS "companyId", name, country`;

const COMMITMENT_COLUMNS = `id, agreement_id AS "agreementId", owner_party_id AS "ownerPartyId",
  title, kind, due_on::text AS "dueOn", status, notes, updated_at AS "updatedAt"`;

const UPDATE_COLUMNS = `id, agreement_id AS "agreementId", commitment_id AS "commitmentId",
  from_status AS "fromStatus", to_status AS "toStatus", note, author_user_id AS "authorUserId",
  author_name AS "authorName", author_company_id AS "authorCompanyId", created_at AS "createdAt"`;

/** The register's tables, through the current transaction when there is one. */
@Injectable()
export class AgreementsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async insertAgreement(row: AgreementWrite, createdBy: string): Promise<string> {
    const [inserted] = await this.txHost.tx.query<{ id: string }[]>(
      `INSERT INTO agreements (title, kind, summary, bilateral, sectors, signed_on, source_kind,
         source_ref, document_url, responsible_staff_user_id, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        row.title,
        row.kind,
        row.summary,
        row.bilateral,
        row.sectors,
        row.signedOn,
        row.sourceKind,
        row.sourceRef,
        row.documentUrl,
        row.responsibleStaffUserId,
        createdBy,
      ],
    );
    return inserted.id;
  }

  /** Inserts the parties in their order and returns their ids in that order. */
  async insertParties(
    agreementId: string,
    parties: { companyId: string | null; name: string; country: Country }[],
  ): Promise<string[]> {
    const rows = await this.txHost.tx.query<{ id: string; position: number }[]>(
      `INSERT INTO agreement_parties (agreement_id, company_id, name, country, position)
       SELECT $1, p.company_id, p.name, p.country, p.position
       FROM unnest($2::uuid[], $3::text[], $4::text[]) WITH ORDINALITY AS p(company_id, name, country, position)
       RETURNING id, position`,
      [
        agreementId,
        parties.map((party) => party.companyId),
        parties.map((party) => party.name),
        parties.map((party) => party.country),
      ],
    );
    return rows.sort((a, b) => a.position - b.position).map((row) => row.id);
  }

  async insertCommitment(commitment: {
    agreementId: string;
    ownerPartyId: string;
    title: string;
    kind: CommitmentKind;
    dueOn: string;
  }): Promise<string> {
    const [row] = await this.txHost.tx.query<{ id: string }[]>(
      `INSERT INTO agreement_commitments (agreement_id, owner_party_id, title, kind, due_on, position,
         owner_country, sectors)
       VALUES ($1, $2, $3, $4, $5,
         (SELECT count(*) FROM agreement_commitments WHERE agreement_id = $1),
         (SELECT country FROM agreement_parties WHERE id = $2),
         (SELECT sectors FROM agreements WHERE id = $1))
       RETURNING id`,
      [
        commitment.agreementId,
        commitment.ownerPartyId,
        commitment.title,
        commitment.kind,
        commitment.dueOn,
      ],
    );
    return row.id;
  }

  async findAgreement(id: string, forUpdate = false): Promise<AgreementRow | null> {
    const [row] = await this.txHost.tx.query<AgreementRow[]>(
      `SELECT ${AGREEMENT_COLUMNS} FROM agreements a WHERE a.id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  }

  async isParty(agreementId: string, companyId: string): Promise<boolean> {
    const [row] = await this.txHost.tx.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM agreement_parties WHERE agreement_id = $1 AND company_id = $2) AS found`,
      [agreementId, companyId],
    );
    return row.found;
  }

  /** Newest first; a firm's list only holds agreements it is party to. */
  list(
    companyId: string | null,
    after: { at: string; id: string } | null,
    limit: number,
  ): Promise<AgreementRow[]> {
    return this.txHost.tx.query<AgreementRow[]>(
      `SELECT ${AGREEMENT_COLUMNS} FROM agreements a
       WHERE ($1::uuid IS NULL OR a.id IN (
               SELECT agreement_id FROM agreement_parties WHERE company_id = $1))
         AND ($2::timestamptz IS NULL OR (a.created_at, a.id) < ($2::timestamptz, $3::uuid))
       ORDER BY a.created_at DESC, a.id DESC LIMIT $4`,
      [companyId, after?.at ?? null, after?.id ?? null, limit],
    );
  }

  parties(agreementIds: string[]): Promise<PartyRow[]> {
    return this.txHost.tx.query<PartyRow[]>(
      `SELECT ${PARTY_COLUMNS} FROM agreement_parties WHERE agreement_id = ANY($1::uuid[])
       ORDER BY agreement_id, position`,
      [agreementIds],
    );
  }

  commitments(agreementIds: string[]): Promise<CommitmentRow[]> {
    return this.txHost.tx.query<CommitmentRow[]>(
      `SELECT ${COMMITMENT_COLUMNS} FROM agreement_commitments WHERE agreement_id = ANY($1::uuid[])
       ORDER BY agreement_id, position, created_at`,
      [agreementIds],
    );
  }

  async findCommitment(
    agreementId: string,
    commitmentId: string,
    forUpdate = false,
  ): Promise<CommitmentRow | null> {
    const [row] = await this.txHost.tx.query<CommitmentRow[]>(
      `SELECT ${COMMITMENT_COLUMNS} FROM agreement_commitments WHERE agreement_id = $1 AND id = $2
       ${forUpdate ? 'FOR UPDATE' : ''}`,
      [agreementId, commitmentId],
    );
    return row ?? null;
  }

  /** The earliest due date among the agreement's commitments (a new signed date must not pass it). */
  async earliestDue(agreementId: string): Promise<string | null> {
    const [row] = await this.txHost.tx.query<{ due: string | null }[]>(
      `SELECT min(due_on)::text AS due FROM agreement_commitments WHERE agreement_id = $1`,
      [agreementId],
    );
    return row.due;
  }

  history(agreementId: string): Promise<StatusUpdateRow[]> {
    return this.txHost.tx.query<StatusUpdateRow[]>(
      `SELECT ${UPDATE_COLUMNS} FROM agreement_status_updates WHERE agreement_id = $1
       ORDER BY created_at, id`,
      [agreementId],
    );
  }

  async updateAgreement(id: string, patch: AgreementPatch): Promise<void> {
    const columns: Record<keyof AgreementPatch, string> = {
      title: 'title',
      kind: 'kind',
      summary: 'summary',
      sectors: 'sectors',
      signedOn: 'signed_on',
      documentUrl: 'document_url',
      responsibleStaffUserId: 'responsible_staff_user_id',
    };
    await this.update('agreements', id, columns, patch);
    if (patch.sectors) {
      await this.txHost.tx.query(
        `UPDATE agreement_commitments SET sectors = $2 WHERE agreement_id = $1`,
        [id, patch.sectors],
      );
    }
  }

  async updateCommitment(id: string, patch: CommitmentPatch): Promise<void> {
    const columns: Record<keyof CommitmentPatch, string> = {
      title: 'title',
      ownerPartyId: 'owner_party_id',
      dueOn: 'due_on',
      kind: 'kind',
      status: 'status',
      notes: 'notes',
    };
    await this.update('agreement_commitments', id, columns, patch);
    if (patch.ownerPartyId) {
      await this.txHost.tx.query(
        `UPDATE agreement_commitments c SET owner_country = p.country
         FROM agreement_parties p WHERE c.id = $1 AND p.id = c.owner_party_id`,
        [id],
      );
    }
    if (patch.status) {
      await this.txHost.tx.query(
        `UPDATE agreement_commitments SET done_at = CASE WHEN status = 'done' THEN now() END
         WHERE id = $1`,
        [id],
      );
    }
  }

  async touch(agreementId: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE agreements SET updated_at = now() WHERE id = $1`, [
      agreementId,
    ]);
  }

  async insertStatusUpdate(row: Omit<StatusUpdateRow, 'id' | 'createdAt'>): Promise<string> {
    const [inserted] = await this.txHost.tx.query<{ id: string }[]>(
      `INSERT INTO agreement_status_updates (agreement_id, commitment_id, from_status, to_status,
         note, author_user_id, author_name, author_company_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        row.agreementId,
        row.commitmentId,
        row.fromStatus,
        row.toStatus,
        row.note,
        row.authorUserId,
        row.authorName,
        row.authorCompanyId,
      ],
    );
    return inserted.id;
  }

  /** One UPDATE of the given fields; column names come from this file's constant maps. */
  private async update<P extends object>(
    table: 'agreements' | 'agreement_commitments',
    id: string,
    columns: Record<keyof P, string>,
    patch: P,
  ): Promise<void> {
    const entries = (Object.entries(patch) as [keyof P, unknown][]).filter(
      ([key, value]) => value !== undefined && key in columns,
    );
    if (entries.length === 0) {
      return;
    }
    const sets = entries.map(([key], index) => `${columns[key]} = $${index + 2}`);
    await this.txHost.tx.query(
      `UPDATE ${table} SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`,
      [id, ...entries.map(([, value]) => value)],
    );
  }
}
