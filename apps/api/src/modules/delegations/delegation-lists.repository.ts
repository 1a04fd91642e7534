import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DelegationMemberStatus } from '@jcc/contracts';

/** The ranking pools' row type is the companies module's one profile row. */
export type { CompanyProfileRow as ProfileRow } from '../companies/company-sql';

export interface MemberStatusRow {
  companyId: string;
  status: DelegationMemberStatus;
  updatedAt: Date;
}

export interface ExportContact {
  contactName: string | null;
  email: string | null;
  phone: string | null;
}

/**
 * The read-heavy queries of delegations over the tables delegations read: who is on a list and
 * the contacts an export prints. The firms themselves come from CompaniesService.
 */
@Injectable()
export class DelegationListsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every firm on the delegation, optionally only some statuses or one firm. */
  memberStatuses(
    delegationId: string,
    filter: { statuses?: DelegationMemberStatus[]; companyId?: string },
  ): Promise<MemberStatusRow[]> {
    return this.dataSource.query<MemberStatusRow[]>(
      `SELECT m.company_id AS "companyId", m.status, m.updated_at AS "updatedAt"
       FROM delegation_members m
       WHERE m.delegation_id = $1 AND ($2::text[] IS NULL OR m.status = ANY($2))
         AND ($3::uuid IS NULL OR m.company_id = $3)`,
      [delegationId, filter.statuses ?? null, filter.companyId ?? null],
    );
  }

  /** The chamber's own contact for each firm, else the firm's first member account. */
  async contacts(companyIds: readonly string[]): Promise<Map<string, ExportContact>> {
    if (companyIds.length === 0) {
      return new Map();
    }
    const rows = await this.dataSource.query<(ExportContact & { companyId: string })[]>(
      `SELECT f.id AS "companyId", coalesce(k.contact_name, u.full_name) AS "contactName",
         coalesce(k.email, u.email) AS email, k.phone
       FROM unnest($1::uuid[]) AS f(id)
       LEFT JOIN chamber_contacts k ON k.company_id = f.id
       LEFT JOIN LATERAL (
         SELECT full_name, email FROM users WHERE company_id = f.id ORDER BY created_at, id LIMIT 1
       ) u ON true`,
      [companyIds],
    );
    return new Map(rows.map(({ companyId, ...contact }) => [companyId, contact]));
  }
}
