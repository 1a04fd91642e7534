import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { ContactRequestOpportunity } from '@jcc/contracts';
import { ContactRequestEntity } from '../entities/contact-request.entity';

export interface NewContactRequest {
  fromCompanyId: string;
  toCompanyId: string;
  fromUserId: string;
  message: string;
  ttlDays: number;
  opportunity: ContactRequestOpportunity | null;
}

export type Box = 'in' | 'out';

export interface ContactRequestRow {
  request: ContactRequestEntity;
  /** created_at as text (microseconds kept) for the cursor. */
  sortAt: string;
}

/** Thrown when the one-open-request-per-pair index refuses an insert. */
export class OpenRequestExists extends Error {}

const UNIQUE_VIOLATION = '23505';
const REQUEST_COLUMNS = `id, from_company_id AS "fromCompanyId", to_company_id AS "toCompanyId",
  from_user_id AS "fromUserId", message, status, expires_at AS "expiresAt",
  responded_at AS "respondedAt", responded_by_user_id AS "respondedByUserId",
  conversation_id AS "conversationId", opportunity_id AS "opportunityId",
  opportunity_title AS "opportunityTitle", opportunity_kind AS "opportunityKind",
  created_at AS "createdAt"`;
const PAIR = `LEAST(from_company_id, to_company_id) = LEAST($1::uuid, $2::uuid)
  AND GREATEST(from_company_id, to_company_id) = GREATEST($1::uuid, $2::uuid)`;

@Injectable()
export class ContactRequestsRepository {
  constructor(
    @InjectRepository(ContactRequestEntity)
    private readonly requests: Repository<ContactRequestEntity>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /**
   * Serialises, until the current transaction ends, everything that decides about one key (a pair of
   * firms, or one firm's quota): checks and the write that follows them cannot interleave.
   */
  async lock(key: string): Promise<void> {
    await this.txHost.tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }

  /** Marks the pair's overdue pending request expired, freeing the one-open-request slot. */
  async expireOverdue(a: string, b: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE contact_requests SET status = 'expired'
       WHERE ${PAIR} AND status = 'pending' AND expires_at <= now()`,
      [a, b],
    );
  }

  async hasOpenBetween(a: string, b: string): Promise<boolean> {
    const rows = await this.txHost.tx.query<unknown[]>(
      `SELECT 1 FROM contact_requests WHERE ${PAIR} AND status = 'pending' AND expires_at > now()`,
      [a, b],
    );
    return rows.length > 0;
  }

  /** The caller's firm's open (pending, unexpired) requests with any of `others`, either way. */
  openWith(
    companyId: string,
    others: string[],
  ): Promise<{ id: string; fromCompanyId: string; toCompanyId: string }[]> {
    return this.requests.query(
      `SELECT id, from_company_id AS "fromCompanyId", to_company_id AS "toCompanyId"
       FROM contact_requests
       WHERE status = 'pending' AND expires_at > now()
         AND ((from_company_id = $1 AND to_company_id = ANY($2::uuid[]))
           OR (to_company_id = $1 AND from_company_id = ANY($2::uuid[])))`,
      [companyId, others],
    );
  }

  async countOpenFrom(companyId: string): Promise<number> {
    const [{ count }] = await this.txHost.tx.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM contact_requests
       WHERE from_company_id = $1 AND status = 'pending' AND expires_at > now()`,
      [companyId],
    );
    return count;
  }

  async insert(request: NewContactRequest): Promise<ContactRequestEntity> {
    try {
      const [row] = await this.txHost.tx.query<ContactRequestEntity[]>(
        `INSERT INTO contact_requests (from_company_id, to_company_id, from_user_id, message,
           expires_at, opportunity_id, opportunity_title, opportunity_kind)
         VALUES ($1, $2, $3, $4, now() + make_interval(days => $5), $6, $7, $8)
         RETURNING ${REQUEST_COLUMNS}`,
        [
          request.fromCompanyId,
          request.toCompanyId,
          request.fromUserId,
          request.message,
          request.ttlDays,
          request.opportunity?.id ?? null,
          request.opportunity?.title ?? null,
          request.opportunity?.kind ?? null,
        ],
      );
      return row;
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === UNIQUE_VIOLATION && constraint === 'contact_requests_open_pair_key') {
        throw new OpenRequestExists();
      }
      throw error;
    }
  }

  /** Inside a transaction, as that transaction sees it. */
  findById(id: string): Promise<ContactRequestEntity | null> {
    return this.txHost.tx.getRepository(ContactRequestEntity).findOneBy({ id });
  }

  /**
   * Answers a request that is still pending and not overdue; null otherwise (answered already,
   * or expired), so two concurrent answers cannot both win.
   */
  async answer(
    id: string,
    answer: { status: 'accepted' | 'declined'; userId: string; conversationId: string | null },
  ): Promise<ContactRequestEntity | null> {
    const rows = await this.txHost.tx.query<ContactRequestEntity[]>(
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
      `WITH answered AS (
         UPDATE contact_requests
         SET status = $2, responded_at = now(), responded_by_user_id = $3, conversation_id = $4
         WHERE id = $1 AND status = 'pending' AND expires_at > now()
         RETURNING *
       )
       SELECT ${REQUEST_COLUMNS} FROM answered`,
      [id, answer.status, answer.userId, answer.conversationId],
    );
    return rows[0] ?? null;
  }

  /** Newest first, keyset-paged on (created_at, id). */
  async list(
    box: Box,
    companyId: string,
    after: { at: string; id: string } | null,
    limit: number,
  ): Promise<ContactRequestRow[]> {
    const column = box === 'in' ? 'to_company_id' : 'from_company_id';
    const params: unknown[] = [companyId, limit];
    let keyset = '';
    if (after) {
      params.push(after.at, after.id);
      keyset = 'AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    const rows = await this.requests.query<(ContactRequestEntity & { sortAt: string })[]>(
      `SELECT ${REQUEST_COLUMNS}, created_at::text AS "sortAt" FROM contact_requests
       WHERE ${column} = $1 ${keyset}
       ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
    return rows.map(({ sortAt, ...request }) => ({ request, sortAt }));
  }

  /**
   * Firms with pending requests and no account at all (staff-imported, not yet claimed), the
   * longest waiting first: the chamber passes these requests on.
   */
  waitingForFirmsWithoutAccounts(
    after: { at: string; id: string } | null,
    limit: number,
  ): Promise<{ companyId: string; waiting: number; oldestAt: Date; sortAt: string }[]> {
    return this.requests.query(
      `SELECT * FROM (
         SELECT r.to_company_id AS "companyId", count(*)::int AS waiting,
                min(r.created_at) AS "oldestAt", min(r.created_at)::text AS "sortAt"
         FROM contact_requests r
         WHERE r.status = 'pending' AND r.expires_at > now()
           AND NOT EXISTS (SELECT 1 FROM users u WHERE u.company_id = r.to_company_id)
         GROUP BY r.to_company_id
       ) w
       WHERE $1::timestamptz IS NULL OR (w."oldestAt", w."companyId") > ($1::timestamptz, $2::uuid)
       ORDER BY w."oldestAt", w."companyId" LIMIT $3`,
      [after?.at ?? null, after?.id ?? null, limit],
    );
  }
}
