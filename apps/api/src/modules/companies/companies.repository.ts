import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { Country, PartnershipType, SectorCode } from '@jcc/contracts';
import { placeholder, prepareSelect, type PreparedSelect } from '../../database/prepared-select';
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

/**
 * Directory statements kept, one per shape of request (filters given, cursor, page size): a
 * handful in practice; past this many (someone walking every combination) the oldest go.
 */
const MAX_DIRECTORY_STATEMENTS = 200;

export class DuplicateRegistrationNumber extends Error {}

/**
 * What decides the text of a directory statement: which filters are given (not their values),
 * whether a cursor continues a page, and the page size (TypeORM writes LIMIT into the text).
 */
interface DirectoryShape {
  country: boolean;
  sectors: boolean;
  hs: boolean;
  partnershipTypes: boolean;
  verified: boolean | null;
  search: boolean;
  includeUnlisted: boolean;
  /** A cursor of the list's own order (a date one for the newest-first list, a rank one for a search). */
  after: boolean;
  limit: number;
}

function directoryShape(
  filters: CompanyFilters,
  after: DirectoryKey | null,
  limit: number,
): DirectoryShape {
  const search = Boolean(filters.tsQuery);
  return {
    country: Boolean(filters.country),
    sectors: Boolean(filters.sectors?.length),
    hs: Boolean(filters.hs?.length),
    partnershipTypes: Boolean(filters.partnershipTypes?.length),
    verified: filters.verified ?? null,
    search,
    includeUnlisted: filters.includeUnlisted,
    after: after !== null && (search ? 'rank' in after : 'at' in after),
    limit,
  };
}

@Injectable()
export class CompaniesRepository {
  constructor(
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** findOneBy({ id }) as TypeORM writes it, written once (see prepared-select.ts). */
  private byId: PreparedSelect<CompanyEntity> | null = null;
  private readonly directoryStatements = new Map<string, PreparedSelect<CompanyEntity>>();

  /** The table through the current transaction, if any. */
  private get current(): Repository<CompanyEntity> {
    return this.txHost.tx.getRepository(CompanyEntity);
  }

  /** Outside any transaction, as reads of a page are. */
  async findById(id: string): Promise<CompanyEntity | null> {
    this.byId ??= prepareSelect(
      this.companies
        .createQueryBuilder(this.companies.metadata.name)
        .setFindOptions({ where: { id: placeholder('id') }, take: 1 }),
    );
    const { entities } = await this.byId.run(this.companies.manager, { id });
    return entities[0] ?? null;
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
    const shape = directoryShape(filters, after, limit);
    const statement = this.directoryStatement(shape);
    const { entities, raw } = await statement.run<{ sort_rank?: string; sort_at?: string }>(
      this.companies.manager,
      {
        country: filters.country,
        sectors: filters.sectors,
        hs: filters.hs,
        types: filters.partnershipTypes,
        tsQuery: filters.tsQuery,
        afterRank: after && 'rank' in after ? after.rank : undefined,
        afterAt: after && 'at' in after ? after.at : undefined,
        afterId: after?.id,
      },
    );
    return entities.map((company, index) => ({
      company,
      key: shape.search
        ? { rank: raw[index].sort_rank ?? '0', id: company.id }
        : { at: raw[index].sort_at ?? '', id: company.id },
    }));
  }

  /** The directory statement of this shape, written once (see prepared-select.ts). */
  private directoryStatement(shape: DirectoryShape): PreparedSelect<CompanyEntity> {
    const key = JSON.stringify(shape);
    let statement = this.directoryStatements.get(key);
    if (!statement) {
      if (this.directoryStatements.size >= MAX_DIRECTORY_STATEMENTS) {
        this.directoryStatements.delete(this.directoryStatements.keys().next().value as string);
      }
      statement = prepareSelect(this.directoryQuery(shape));
      this.directoryStatements.set(key, statement);
    }
    return statement;
  }

  /** The directory page's query, its values left as placeholders. */
  private directoryQuery(shape: DirectoryShape): SelectQueryBuilder<CompanyEntity> {
    const query = this.companies.createQueryBuilder('c');
    this.applyFilters(query, shape);
    if (shape.search) {
      const rank = `ts_rank(c.search, to_tsquery('simple', :tsQuery))`;
      query
        .addSelect(`${rank}::text`, 'sort_rank')
        .orderBy(rank, 'DESC')
        .addOrderBy('c.id', 'DESC');
      if (shape.after) {
        query.andWhere(`(${rank}, c.id) < (CAST(:afterRank AS real), CAST(:afterId AS uuid))`, {
          afterRank: placeholder('afterRank'),
          afterId: placeholder('afterId'),
        });
      }
    } else {
      // created_at as text keeps its microseconds, which a JS Date would drop.
      query
        .addSelect('c.created_at::text', 'sort_at')
        .orderBy('c.created_at', 'DESC')
        .addOrderBy('c.id', 'DESC');
      if (shape.after) {
        query.andWhere(
          '(c.created_at, c.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))',
          {
            afterAt: placeholder('afterAt'),
            afterId: placeholder('afterId'),
          },
        );
      }
    }
    return query.limit(shape.limit);
  }

  private applyFilters(query: SelectQueryBuilder<CompanyEntity>, shape: DirectoryShape): void {
    if (!shape.includeUnlisted) {
      query.andWhere('c.listed');
    }
    if (shape.country) {
      query.andWhere('c.country = :country', { country: placeholder('country') });
    }
    // `&&` (overlap) is what the GIN indexes on the array columns answer.
    if (shape.sectors) {
      query.andWhere('c.sectors && CAST(:sectors AS text[])', { sectors: placeholder('sectors') });
    }
    if (shape.hs) {
      query.andWhere('(c.offers_hs && CAST(:hs AS text[]) OR c.seeks_hs && CAST(:hs AS text[]))', {
        hs: placeholder('hs'),
      });
    }
    if (shape.partnershipTypes) {
      query.andWhere('c.partnership_types && CAST(:types AS text[])', {
        types: placeholder('types'),
      });
    }
    if (shape.verified !== null) {
      query.andWhere(
        shape.verified ? `c.verification = 'verified'` : `c.verification <> 'verified'`,
      );
    }
    if (shape.search) {
      query.andWhere(`c.search @@ to_tsquery('simple', :tsQuery)`, {
        tsQuery: placeholder('tsQuery'),
      });
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
