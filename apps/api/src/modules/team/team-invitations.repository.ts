import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { InvitationKind } from '@jcc/contracts';

export interface InvitationRow {
  id: string;
  companyId: string;
  kind: InvitationKind;
  email: string;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

export interface NewInvitation {
  companyId: string;
  kind: InvitationKind;
  email: string;
  tokenHash: string;
  invitedBy: string;
  ttlHours: number;
}

const COLUMNS = `id, company_id AS "companyId", kind, email, invited_by AS "invitedBy",
  created_at AS "createdAt", expires_at AS "expiresAt", accepted_at AS "acceptedAt",
  revoked_at AS "revokedAt"`;

/** The only writer of `team_invitations`; statements join the caller's transaction. */
@Injectable()
export class TeamInvitationsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async insert(input: NewInvitation): Promise<InvitationRow> {
    const rows = await this.txHost.tx.query<InvitationRow[]>(
      `INSERT INTO team_invitations (company_id, kind, email, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, clock_timestamp() + make_interval(hours => $6))
       RETURNING ${COLUMNS}`,
      [input.companyId, input.kind, input.email, input.tokenHash, input.invitedBy, input.ttlHours],
    );
    return rows[0];
  }

  /** With `lock`, the row stays locked until the transaction ends (one acceptance at a time). */
  async findByTokenHash(hash: string, lock = false): Promise<InvitationRow | null> {
    const rows = await this.txHost.tx.query<InvitationRow[]>(
      `SELECT ${COLUMNS} FROM team_invitations WHERE token_hash = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [hash],
    );
    return rows[0] ?? null;
  }

  async markAccepted(id: string, userId: string): Promise<boolean> {
    const rows = await this.txHost.tx.query<{ id: string }[]>(
      // Wrapped in a CTE: TypeORM answers a bare UPDATE with [rows, count], a SELECT with rows.
      `WITH marked AS (
         UPDATE team_invitations SET accepted_at = now(), accepted_by = $2
         WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
         RETURNING id)
       SELECT id FROM marked`,
      [id, userId],
    );
    return rows.length === 1;
  }

  async revoke(id: string, companyId: string): Promise<boolean> {
    const rows = await this.txHost.tx.query<{ id: string }[]>(
      `WITH revoked AS (
         UPDATE team_invitations SET revoked_at = now()
         WHERE id = $1 AND company_id = $2 AND kind = 'colleague'
           AND accepted_at IS NULL AND revoked_at IS NULL
         RETURNING id)
       SELECT id FROM revoked`,
      [id, companyId],
    );
    return rows.length === 1;
  }

  /** The firm's latest colleague invitations (the team page shows a short list). */
  listColleagueInvitations(companyId: string, limit: number): Promise<InvitationRow[]> {
    return this.txHost.tx.query<InvitationRow[]>(
      `SELECT ${COLUMNS} FROM team_invitations WHERE company_id = $1 AND kind = 'colleague'
       ORDER BY created_at DESC, id DESC LIMIT $2`,
      [companyId, limit],
    );
  }

  /** When each firm was last sent a claim invitation. */
  async lastClaimInvitations(companyIds: string[]): Promise<Map<string, Date>> {
    if (companyIds.length === 0) {
      return new Map();
    }
    const rows = await this.txHost.tx.query<{ companyId: string; at: Date }[]>(
      `SELECT company_id AS "companyId", max(created_at) AS at FROM team_invitations
       WHERE kind = 'claim' AND company_id = ANY($1::uuid[]) GROUP BY company_id`,
      [companyIds],
    );
    return new Map(rows.map((row) => [row.companyId, new Date(row.at)]));
  }
}
