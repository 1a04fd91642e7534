import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type {
  CompanySummary,
  Country,
  DelegationMemberStatus,
  LanguageCode,
  PartnershipType,
  SectorCode,
  SizeBand,
  VerificationStatus,
} from '@jcc/contracts';

export interface MemberRow {
  company: CompanySummary;
  status: DelegationMemberStatus;
  updatedAt: Date;
  key: { name: string; id: string };
}

export interface ExportRow {
  name: string;
  country: Country;
  city: string;
  status: DelegationMemberStatus;
  sectors: SectorCode[];
  offersHs: string[];
  registrationNumber: string | null;
  website: string | null;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  key: { name: string; id: string };
}

/** What ranking needs of a firm: libs/matching's MatchProfile plus what the answer shows. */
export interface ProfileRow {
  id: string;
  name: string;
  country: Country;
  city: string;
  sectors: SectorCode[];
  offersHs: string[];
  seeksHs: string[];
  partnershipTypes: PartnershipType[];
  jvSectors: SectorCode[];
  sizeBand: SizeBand;
  languages: LanguageCode[];
  verification: VerificationStatus;
}

const PROFILE_COLUMNS = `c.id, c.name, c.country, c.city, c.sectors, c.offers_hs AS "offersHs", c.seeks_hs AS "seeksHs",
  c.partnership_types AS "partnershipTypes", c.jv_sectors AS "jvSectors", c.size_band AS "sizeBand",
  c.languages, c.verification`;

/** The read-heavy queries of delegations: member pages, export batches, candidate pools. */
@Injectable()
export class DelegationListsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Members by name (then id), optionally only some statuses or one firm. */
  async members(
    delegationId: string,
    filter: { statuses?: DelegationMemberStatus[]; companyId?: string },
    after: { name: string; id: string } | null,
    limit: number,
  ): Promise<MemberRow[]> {
    const rows = await this.dataSource.query<
      (CompanySummary & { status: DelegationMemberStatus; updated_at: Date; sort_name: string })[]
    >(
      `SELECT c.id, c.name, c.country, c.city, c.sectors, c.size_band AS "sizeBand", c.verification,
         m.status, m.updated_at, lower(c.name) AS sort_name
       FROM delegation_members m JOIN companies c ON c.id = m.company_id
       WHERE m.delegation_id = $1 AND ($2::text[] IS NULL OR m.status = ANY($2)) AND ($3::uuid IS NULL OR m.company_id = $3)
         AND ($4::text IS NULL OR (lower(c.name), c.id) > ($4, $5::uuid))
       ORDER BY lower(c.name), c.id LIMIT $6`,
      [
        delegationId,
        filter.statuses ?? null,
        filter.companyId ?? null,
        after?.name ?? null,
        after?.id ?? null,
        limit,
      ],
    );
    return rows.map(({ status, updated_at, sort_name, ...company }) => ({
      company,
      status,
      updatedAt: updated_at,
      key: { name: sort_name, id: company.id },
    }));
  }

  /**
   * One batch of the export: firms with their sectors, products and a contact — the chamber's
   * own contact for the firm, else the firm's first member account.
   */
  async exportBatch(
    delegationId: string,
    statuses: DelegationMemberStatus[],
    after: { name: string; id: string } | null,
    limit: number,
  ): Promise<ExportRow[]> {
    const rows = await this.dataSource.query<
      (Omit<ExportRow, 'key'> & { id: string; sort_name: string })[]
    >(
      `SELECT c.id, lower(c.name) AS sort_name, c.name, c.country, c.city, m.status, c.sectors, c.offers_hs AS "offersHs",
         c.registration_number AS "registrationNumber", c.website,
         coalesce(k.contact_name, u.full_name) AS "contactName", coalesce(k.email, u.email) AS email, k.phone
       FROM delegation_members m
       JOIN companies c ON c.id = m.company_id
       LEFT JOIN chamber_contacts k ON k.company_id = c.id
       LEFT JOIN LATERAL (
         SELECT full_name, email FROM users WHERE company_id = c.id ORDER BY created_at, id LIMIT 1
       ) u ON true
       WHERE m.delegation_id = $1 AND m.status = ANY($2)
         AND ($3::text IS NULL OR (lower(c.name), c.id) > ($3, $4::uuid))
       ORDER BY lower(c.name), c.id LIMIT $5`,
      [delegationId, statuses, after?.name ?? null, after?.id ?? null, limit],
    );
    return rows.map(({ id, sort_name, ...row }) => ({ ...row, key: { name: sort_name, id } }));
  }

  /** Home-country firms in the delegation's sectors, not on it yet, most sectors shared first. */
  async candidatePool(
    delegationId: string,
    home: Country,
    sectors: SectorCode[],
    limit: number,
  ): Promise<ProfileRow[]> {
    return this.dataSource.query<ProfileRow[]>(
      `SELECT ${PROFILE_COLUMNS}
       FROM companies c
       WHERE c.country = $1 AND c.listed AND c.sectors && $2::text[]
         AND NOT EXISTS (SELECT 1 FROM delegation_members m WHERE m.delegation_id = $3 AND m.company_id = c.id)
       ORDER BY cardinality(ARRAY(SELECT unnest(c.sectors) INTERSECT SELECT unnest($2::text[]))) DESC,
         (c.verification = 'verified') DESC, c.id
       LIMIT $4`,
      [home, sectors, delegationId, limit],
    );
  }

  /** Host-country firms the delegation would meet: in its sectors, verified and in the host city first. */
  async counterparts(
    host: Country,
    hostCity: string,
    sectors: SectorCode[],
    limit: number,
  ): Promise<ProfileRow[]> {
    return this.dataSource.query<ProfileRow[]>(
      `SELECT ${PROFILE_COLUMNS}
       FROM companies c
       WHERE c.country = $1 AND c.listed AND (c.sectors && $2::text[] OR c.jv_sectors && $2::text[])
       ORDER BY (c.verification = 'verified') DESC, (lower(c.city) = lower($3)) DESC, c.id
       LIMIT $4`,
      [host, sectors, hostCity, limit],
    );
  }
}
