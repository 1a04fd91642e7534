import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { Country, PartnershipType, SectorCode } from '@jcc/contracts';
import { CompanyEntity } from './company.entity';

export interface CompanyFilters {
  country?: Country;
  sectors?: SectorCode[];
  hs?: string[];
  partnershipTypes?: PartnershipType[];
  verified?: boolean;
  /** A prepared `to_tsquery('simple', …)` expression text (see companies.service). */
  tsQuery?: string;
  /** Staff see every firm; everyone else the listed ones (verified, or under re-review). */
  includeUnlisted: boolean;
}

/** The sort key of a directory page: newest first, or best text match first when searching. */
export type DirectoryKey = { at: string; id: string } | { rank: string; id: string };

export interface DirectoryRow {
  company: CompanyEntity;
  key: DirectoryKey;
}

const UNIQUE_VIOLATION = '23505';

export class DuplicateRegistrationNumber extends Error {}

@Injectable()
export class CompaniesRepository {
  constructor(
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** The table through the current transaction, if any. */
  private get current(): Repository<CompanyEntity> {
    return this.txHost.tx.getRepository(CompanyEntity);
  }

  findById(id: string): Promise<CompanyEntity | null> {
    return this.companies.findOneBy({ id });
  }

  async insert(company: Partial<CompanyEntity>): Promise<CompanyEntity> {
    const companies = this.current;
    return this.translateUniqueViolation(() => companies.save(companies.create(company)));
  }

  async update(id: string, patch: Partial<CompanyEntity>): Promise<void> {
    await this.translateUniqueViolation(() => this.current.update({ id }, patch));
  }

  /** Reads the firm and locks its row until the current transaction ends. */
  lockById(id: string): Promise<CompanyEntity | null> {
    return this.current
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  /** Firms per country and sector (a firm counts once per sector it lists); listed firms only. */
  async countBySectorAndCountry(): Promise<
    { country: Country; sector: SectorCode; count: number }[]
  > {
    return this.companies.query(
      `SELECT country, sector, count(*)::int AS count
         FROM companies, unnest(sectors) AS sector
        WHERE listed
        GROUP BY country, sector
        ORDER BY country, sector`,
    );
  }

  async countByCountry(): Promise<{ country: Country; count: number }[]> {
    return this.companies.query(
      `SELECT country, count(*)::int AS count FROM companies
        WHERE listed GROUP BY country ORDER BY country`,
    );
  }

  async list(
    filters: CompanyFilters,
    after: DirectoryKey | null,
    limit: number,
  ): Promise<DirectoryRow[]> {
    const query = this.companies.createQueryBuilder('c');
    this.applyFilters(query, filters);
    if (filters.tsQuery) {
      const rank = `ts_rank(c.search, to_tsquery('simple', :tsQuery))`;
      query
        .addSelect(`${rank}::text`, 'sort_rank')
        .orderBy(rank, 'DESC')
        .addOrderBy('c.id', 'DESC');
      if (after && 'rank' in after) {
        query.andWhere(`(${rank}, c.id) < (CAST(:afterRank AS real), CAST(:afterId AS uuid))`, {
          afterRank: after.rank,
          afterId: after.id,
        });
      }
    } else {
      // created_at as text keeps its microseconds, which a JS Date would drop.
      query
        .addSelect('c.created_at::text', 'sort_at')
        .orderBy('c.created_at', 'DESC')
        .addOrderBy('c.id', 'DESC');
      if (after && 'at' in after) {
        query.andWhere(
          '(c.created_at, c.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))',
          {
            afterAt: after.at,
            afterId: after.id,
          },
        );
      }
    }
    const { entities, raw } = await query.limit(limit).getRawAndEntities<{
      sort_rank?: string;
      sort_at?: string;
    }>();
    return entities.map((company, index) => ({
      company,
      key: filters.tsQuery
        ? { rank: raw[index].sort_rank ?? '0', id: company.id }
        : { at: raw[index].sort_at ?? '', id: company.id },
    }));
  }

  private applyFilters(query: SelectQueryBuilder<CompanyEntity>, filters: CompanyFilters): void {
    if (!filters.includeUnlisted) {
      query.andWhere('c.listed');
    }
    if (filters.country) {
      query.andWhere('c.country = :country', { country: filters.country });
    }
    // `&&` (overlap) is what the GIN indexes on the array columns answer.
    if (filters.sectors?.length) {
      query.andWhere('c.sectors && CAST(:sectors AS text[])', { sectors: filters.sectors });
    }
    if (filters.hs?.length) {
      query.andWhere('(c.offers_hs && CAST(:hs AS text[]) OR c.seeks_hs && CAST(:hs AS text[]))', {
        hs: filters.hs,
      });
    }
    if (filters.partnershipTypes?.length) {
      query.andWhere('c.partnership_types && CAST(:types AS text[])', {
        types: filters.partnershipTypes,
      });
    }
    if (filters.verified !== undefined) {
      query.andWhere(
        filters.verified ? `c.verification = 'verified'` : `c.verification <> 'verified'`,
      );
    }
    if (filters.tsQuery) {
      query.andWhere(`c.search @@ to_tsquery('simple', :tsQuery)`, { tsQuery: filters.tsQuery });
    }
  }

  private async translateUniqueViolation<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === UNIQUE_VIOLATION && constraint === 'companies_registration_number_key') {
        throw new DuplicateRegistrationNumber();
      }
      throw error;
    }
  }
}
