import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { CompanyProfile, CompanySummary, Country, SectorCode } from '@jcc/contracts';
import { CompanyEntity } from './company.entity';
import { toCompanySummary } from './company.mapper';
import { companyProfileColumns, type CompanyProfileRow } from './company-sql';

/** Review-queue order: longest waiting first; ids break ties. */
export interface QueueKey {
  since: string;
  id: string;
}

export interface QueueRow {
  company: CompanyEntity;
  key: QueueKey;
}

/** Which existing firm an imported one is, and by what it was recognised. */
export interface ExistingMatch {
  companyId: string;
  matchedBy: 'registrationNumber' | 'nameAndCity';
}

/** A firm in a list sorted by name (delegation members and exports). */
export interface NamedCompanyRow extends CompanySummary {
  offersHs: string[];
  registrationNumber: string | null;
  website: string | null;
  key: { name: string; id: string };
}

const WAITING_SINCE = 'coalesce(c.pending_since, c.created_at)';

/**
 * The reads other features make of firms, in as few queries as their pages need: summaries by
 * id, the review queue, the firms an import row may already be, name-ordered pages of a set of
 * firms, and the pools delegations rank. Through the current transaction when there is one.
 */
@Injectable()
export class CompanyReadsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async summaries(ids: Iterable<string>): Promise<Map<string, CompanySummary>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) {
      return new Map();
    }
    const rows = await this.txHost.tx.getRepository(CompanyEntity).findBy({ id: In(unique) });
    return new Map(rows.map((company) => [company.id, toCompanySummary(company)]));
  }

  async listPending(
    filters: { country?: Country; sectors?: SectorCode[] },
    after: QueueKey | null,
    limit: number,
  ): Promise<QueueRow[]> {
    // The expression matches companies_review_queue_idx, so the walk is an index scan.
    const query = this.txHost.tx
      .getRepository(CompanyEntity)
      .createQueryBuilder('c')
      .addSelect(`${WAITING_SINCE}::text`, 'waiting_since')
      .where(`c.verification = 'pending'`)
      // A firm is submitted for review only once its people confirmed their addresses (users is
      // read here, written only by modules/users).
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM users u WHERE u.company_id = c.id AND u.email_verified_at IS NULL)`,
      )
      .orderBy(WAITING_SINCE, 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit);
    if (filters.country) {
      query.andWhere('c.country = :country', { country: filters.country });
    }
    if (filters.sectors?.length) {
      query.andWhere('c.sectors && CAST(:sectors AS text[])', { sectors: filters.sectors });
    }
    if (after) {
      query.andWhere(
        `(${WAITING_SINCE}, c.id) > (CAST(:since AS timestamptz), CAST(:id AS uuid))`,
        { since: after.since, id: after.id },
      );
    }
    const { entities, raw } = await query.getRawAndEntities<{ waiting_since: string }>();
    return entities.map((company, index) => ({
      company,
      key: { since: raw[index].waiting_since, id: company.id },
    }));
  }

  /**
   * For each firm, the existing firm it is: same registration number in the same country, or
   * the same name and city (case-insensitive) where one side has no registration number.
   */
  async findExisting(
    firms: readonly Pick<CompanyProfile, 'country' | 'registrationNumber' | 'name' | 'city'>[],
  ): Promise<(ExistingMatch | null)[]> {
    if (firms.length === 0) {
      return [];
    }
    const rows = await this.txHost.tx.query<
      { i: number; id: string; matched_by: ExistingMatch['matchedBy'] }[]
    >(
      `WITH k AS (
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS k(i, country, reg, name, city)
       ), found AS (
         SELECT k.i, c.id, 'registrationNumber' AS matched_by, 0 AS priority, c.created_at
         FROM k JOIN companies c ON c.country = k.country AND c.registration_number = k.reg
         WHERE k.reg IS NOT NULL
         UNION ALL
         SELECT k.i, c.id, 'nameAndCity', 1, c.created_at
         FROM k JOIN companies c
           ON c.country = k.country AND lower(c.name) = lower(k.name) AND lower(c.city) = lower(k.city)
         WHERE k.reg IS NULL OR c.registration_number IS NULL
       )
       SELECT DISTINCT ON (i) i, id, matched_by FROM found ORDER BY i, priority, created_at, id`,
      [
        firms.map((_firm, index) => index),
        firms.map((firm) => firm.country),
        firms.map((firm) => firm.registrationNumber),
        firms.map((firm) => firm.name),
        firms.map((firm) => firm.city),
      ],
    );
    const matches: (ExistingMatch | null)[] = firms.map(() => null);
    for (const row of rows) {
      matches[row.i] = { companyId: row.id, matchedBy: row.matched_by };
    }
    return matches;
  }

  /** Some of the given firms by lower(name), then id, after `after`. */
  async pageByName(
    ids: readonly string[],
    after: { name: string; id: string } | null,
    limit: number,
  ): Promise<NamedCompanyRow[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.txHost.tx.query<
      (Omit<NamedCompanyRow, 'key'> & { sort_name: string })[]
    >(
      `SELECT c.id, c.name, c.country, c.city, c.sectors, c.size_band AS "sizeBand", c.verification,
         c.offers_hs AS "offersHs", c.registration_number AS "registrationNumber", c.website,
         lower(c.name) AS sort_name
       FROM companies c
       WHERE c.id = ANY($1::uuid[]) AND ($2::text IS NULL OR (lower(c.name), c.id) > ($2, $3::uuid))
       ORDER BY lower(c.name), c.id LIMIT $4`,
      [ids, after?.name ?? null, after?.id ?? null, limit],
    );
    return rows.map(({ sort_name, ...company }) => ({
      ...company,
      key: { name: sort_name, id: company.id },
    }));
  }

  /** The given firms' profile rows, in no particular order (missing ids are left out). */
  profiles(ids: readonly string[]): Promise<CompanyProfileRow[]> {
    return this.txHost.tx.query<CompanyProfileRow[]>(
      `SELECT ${companyProfileColumns('c')} FROM companies c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * Listed firms of a country in any of the sectors but those excluded, most sectors shared
   * first (pending and rejected firms are not offered to anyone: VerifiedMarketplace migration).
   */
  bySectorOverlap(
    country: Country,
    sectors: readonly SectorCode[],
    excludeIds: readonly string[],
    limit: number,
  ): Promise<CompanyProfileRow[]> {
    return this.txHost.tx.query<CompanyProfileRow[]>(
      `SELECT ${companyProfileColumns('c')}
       FROM companies c
       WHERE c.country = $1 AND c.listed AND c.sectors && $2::text[]
         AND c.id <> ALL ($3::uuid[])
       ORDER BY cardinality(ARRAY(SELECT unnest(c.sectors) INTERSECT SELECT unnest($2::text[]))) DESC,
         (c.verification = 'verified') DESC, c.id
       LIMIT $4`,
      [country, sectors, excludeIds, limit],
    );
  }

  /**
   * Listed firms of a country in (or open to a joint venture in) the sectors: verified, then in
   * the city, first.
   */
  inSectorsNear(
    country: Country,
    city: string,
    sectors: readonly SectorCode[],
    limit: number,
  ): Promise<CompanyProfileRow[]> {
    return this.txHost.tx.query<CompanyProfileRow[]>(
      `SELECT ${companyProfileColumns('c')}
       FROM companies c
       WHERE c.country = $1 AND c.listed AND (c.sectors && $2::text[] OR c.jv_sectors && $2::text[])
       ORDER BY (c.verification = 'verified') DESC, (lower(c.city) = lower($3)) DESC, c.id
       LIMIT $4`,
      [country, sectors, city, limit],
    );
  }
}
