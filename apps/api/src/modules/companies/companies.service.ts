import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type {
  CompanyCountsResponse,
  CompanyResponse,
  CompanySummary,
  Country,
  JsonValue,
  Page,
  SectorCode,
  VerificationQueueItem,
} from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../common/auth-user';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../../common/errors/domain-error';
import { cursorFields, decodeCursor } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-page';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersService } from '../users/users.service';
import {
  CompaniesRepository,
  DuplicateRegistrationNumber,
  type DirectoryKey,
} from './companies.repository';
import type { CompanyEntity } from './company.entity';
import { insertCompanyRows, type NewCompanyRow } from './company-bulk-insert';
import {
  CompanyReadsRepository,
  type ExistingMatch,
  type NamedCompanyRow,
  type QueueKey,
} from './company-reads.repository';
import { toCompanyProfileRow, type CompanyProfileRow } from './company-sql';
import { canSeePrivateFields, toCompanyResponse } from './company.mapper';
import {
  changesSinceReview,
  profileSnapshot,
  publicVersion,
  REVIEWED_FIELDS,
  toLastReview,
  verifiedVersion,
} from './company-review';
import { companyRuleErrors } from './company-rules';
import type { CreateCompanyDto } from './dto/create-company.dto';
import type { ListCompaniesQuery } from './dto/list-companies.query';
import type { UpdateCompanyDto } from './dto/update-company.dto';
import type { VerifyCompanyDto } from './dto/verify-company.dto';
import { toPrefixTsQuery } from './search-query';

/** Edits to these fields by the firm itself send a verified profile back to the review queue. */
const IDENTITY_FIELDS = ['name', 'country', 'city', 'registrationNumber'] as const;

@Injectable()
export class CompaniesService {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly reads: CompanyReadsRepository,
    private readonly users: UsersService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(user: AuthUser, input: CreateCompanyDto): Promise<CompanyResponse> {
    if (user.role !== 'member') {
      throw new ForbiddenError('Only member accounts register a company');
    }
    if (user.companyId) {
      throw new ConflictError('Your account already has a company', 'company_exists');
    }
    checkRules(input.country, input);
    const company = await this.withDuplicateCheck(() =>
      this.txHost.withTransaction(async () => {
        const created = await this.companies.insert({
          ...input,
          registrationNumber: input.registrationNumber ?? null,
          jvSectors: input.jvSectors ?? [],
          foundedYear: input.foundedYear ?? null,
          website: input.website ?? null,
          description: input.description ?? '',
          certifications: input.certifications ?? [],
          verification: 'pending',
        });
        // The user row decides "one company per member", also under concurrent requests.
        if (!(await this.users.assignCompanyIfNone(user.id, created.id))) {
          throw new ConflictError('Your account already has a company', 'company_exists');
        }
        return created;
      }),
    );
    return toCompanyResponse(company, { ...user, companyId: company.id });
  }

  /**
   * Whether the firm may reach out to others: listed (verified, or verified and under review of
   * an edit). A new or rejected firm gets 403 `company_not_verified`.
   */
  async assertMayContact(companyId: string): Promise<void> {
    const company = await this.mustFind(companyId);
    if (!company.listed) {
      throw new ForbiddenError(
        'Your company is not verified yet: the chamber checks every firm before it can contact others',
        'company_not_verified',
      );
    }
  }

  /** Public figures for the landing page: how many firms of each country and sector are here. */
  async counts(): Promise<CompanyCountsResponse> {
    const [byCountry, bySector] = await Promise.all([
      this.companies.countByCountry(),
      this.companies.countBySectorAndCountry(),
    ]);
    const countries = { PK: 0, AZ: 0 };
    byCountry.forEach((row) => (countries[row.country] = row.count));
    return {
      total: countries.PK + countries.AZ,
      byCountry: countries,
      bySectorAndCountry: bySector,
    };
  }

  async get(id: string, viewer: AuthUser | null): Promise<CompanyResponse> {
    return toCompanyResponse(await this.findVisible(id, viewer), viewer);
  }

  async list(query: ListCompaniesQuery, viewer: AuthUser | null): Promise<Page<CompanyResponse>> {
    const tsQuery = query.q ? toPrefixTsQuery(query.q) : undefined;
    const after: DirectoryKey | null = query.cursor
      ? tsQuery
        ? decodeCursor(query.cursor, { rank: cursorFields.real, id: cursorFields.uuid })
        : decodeCursor(query.cursor, { at: cursorFields.timestamp, id: cursorFields.uuid })
      : null;
    const filters = {
      country: query.country,
      sectors: query.sector,
      hs: query.hs,
      partnershipTypes: query.partnershipType,
      verified: query.verified,
      tsQuery,
      includeUnlisted: isStaff(viewer),
    };
    return keysetPage(query, (limit) => this.companies.list(filters, after, limit), {
      items: (rows) => rows.map((row) => toCompanyResponse(row.company, viewer)),
      key: (row) => row.key,
    });
  }

  async update(id: string, viewer: AuthUser, patch: UpdateCompanyDto): Promise<CompanyResponse> {
    const company = await this.findVisible(id, viewer);
    if (!canSeePrivateFields(company, viewer)) {
      throw new ForbiddenError('Only the firm itself or chamber staff may edit this profile');
    }
    const merged = { ...company, ...patch };
    checkRules(merged.country, merged);
    const changes: Partial<CompanyEntity> = { ...patch };
    if (!isStaff(viewer) && needsNewReview(company, patch)) {
      if (company.verification === 'verified') {
        // Others keep seeing this version until staff decide (see company-review.ts).
        changes.lastReview = verifiedVersion(company);
      }
      changes.verification = 'pending';
      changes.verifiedAt = null;
      changes.pendingSince = new Date();
    }
    if (Object.keys(changes).length > 0) {
      await this.withDuplicateCheck(() =>
        this.txHost.withTransaction(async () => {
          await this.companies.update(id, changes);
          // Staff editing a firm's profile is a staff action: the log keeps what it was.
          const diff = changedFields(company, patch);
          if (isStaff(viewer) && Object.keys(diff.after).length > 0) {
            await this.audit.record(viewer, {
              action: 'company.update',
              target: { type: 'company', id },
              ...diff,
            });
          }
        }),
      );
    }
    return toCompanyResponse(await this.mustFind(id), viewer);
  }

  async verify(id: string, staff: AuthUser, input: VerifyCompanyDto): Promise<CompanyResponse> {
    if (input.status === 'rejected' && !input.note) {
      throw InvalidInputError.field('note', 'note is required to reject: tell the firm why');
    }
    await this.txHost.withTransaction(async () => {
      // The row lock makes the snapshot below exactly the profile that the decision is about.
      const company = await this.companies.lockById(id);
      if (!company) {
        throw new NotFoundError('Company');
      }
      const at = new Date();
      await this.companies.update(id, {
        verification: input.status,
        verificationNote: input.note ?? null,
        verifiedAt: input.status === 'verified' ? at : null,
        lastReview: {
          status: input.status,
          note: input.note ?? null,
          at: at.toISOString(),
          byUserId: staff.id,
          profile: profileSnapshot(company),
        },
      });
      await this.audit.record(staff, {
        action: input.status === 'verified' ? 'company.verify' : 'company.reject',
        target: { type: 'company', id },
        before: { verification: company.verification, note: company.verificationNote },
        after: { verification: input.status, note: input.note ?? null },
      });
      // The firm's accounts hear the outcome (with the staff note when refused).
      await this.notifications.notify({
        recipients: [{ companyId: id }],
        kind: input.status === 'verified' ? 'verification.verified' : 'verification.refused',
        params: { companyName: company.name, note: input.note ?? null },
        link: '/profile',
      });
    });
    return toCompanyResponse(await this.mustFind(id), staff);
  }

  /**
   * A firm's profile as other features use it (matching), not shaped for a viewer; the same
   * visibility as `get`: 404 for an unlisted firm unless staff or its own member; others see a
   * firm under re-review as it was last verified (company-review.ts).
   */
  async profile(id: string, viewer: AuthUser | null): Promise<CompanyProfileRow> {
    const company = await this.findVisible(id, viewer);
    return toCompanyProfileRow(
      canSeePrivateFields(company, viewer) ? company : publicVersion(company),
    );
  }

  /** Firms as other features show them beside their own records, whatever their review status. */
  summaries(ids: Iterable<string>): Promise<Map<string, CompanySummary>> {
    return this.reads.summaries(ids);
  }

  /** The verification queue: pending firms, longest waiting first, with what changed since review. */
  async reviewQueue(
    query: { country?: Country; sector?: SectorCode[]; limit?: number; cursor?: string },
    staff: AuthUser,
  ): Promise<Page<VerificationQueueItem>> {
    const after: QueueKey | null = query.cursor
      ? decodeCursor(query.cursor, { since: cursorFields.timestamp, id: cursorFields.uuid })
      : null;
    return keysetPage(
      query,
      (limit) =>
        this.reads.listPending({ country: query.country, sectors: query.sector }, after, limit),
      {
        items: (rows) =>
          rows.map(({ company }) => ({
            company: toCompanyResponse(company, staff),
            pendingSince: (company.pendingSince ?? company.createdAt).toISOString(),
            lastReview: toLastReview(company.lastReview),
            changes: changesSinceReview(company),
          })),
        key: (row) => ({ ...row.key }),
      },
    );
  }

  /** For each firm, the firm already registered that it is (imports match before they insert). */
  findExisting(
    firms: readonly Pick<NewCompanyRow, 'country' | 'registrationNumber' | 'name' | 'city'>[],
  ): Promise<(ExistingMatch | null)[]> {
    return this.reads.findExisting(firms);
  }

  /**
   * Many firms in one statement, in the current transaction (imports); rules are the caller's to
   * check first. The ids in the order given.
   */
  insertMany(firms: readonly NewCompanyRow[]): Promise<string[]> {
    return insertCompanyRows((text, values) => this.txHost.tx.query(text, values), firms);
  }

  /** A page of the given firms by name (delegation members and exports). */
  pageByName(
    ids: readonly string[],
    after: { name: string; id: string } | null,
    limit: number,
  ): Promise<NamedCompanyRow[]> {
    return this.reads.pageByName(ids, after, limit);
  }

  /** Many firms' profile rows at once, whatever their review status (meetings' matching). */
  profiles(ids: readonly string[]): Promise<CompanyProfileRow[]> {
    return this.reads.profiles(ids);
  }

  /** Firms of a country sharing the most of the sectors, but for those excluded. */
  bySectorOverlap(
    country: Country,
    sectors: readonly SectorCode[],
    excludeIds: readonly string[],
    limit: number,
  ): Promise<CompanyProfileRow[]> {
    return this.reads.bySectorOverlap(country, sectors, excludeIds, limit);
  }

  /** Firms of a country in the sectors (or open to a joint venture there), verified and local first. */
  inSectorsNear(
    country: Country,
    city: string,
    sectors: readonly SectorCode[],
    limit: number,
  ): Promise<CompanyProfileRow[]> {
    return this.reads.inSectorsNear(country, city, sectors, limit);
  }

  /**
   * Unlisted firms (pending or rejected, see the VerifiedMarketplace migration) exist only for
   * staff and their own members; to others they are not found.
   */
  private async findVisible(id: string, viewer: AuthUser | null): Promise<CompanyEntity> {
    const company = await this.companies.findById(id);
    if (!company || (!company.listed && !canSeePrivateFields(company, viewer))) {
      throw new NotFoundError('Company');
    }
    return company;
  }

  private async mustFind(id: string): Promise<CompanyEntity> {
    const company = await this.companies.findById(id);
    if (!company) {
      throw new NotFoundError('Company');
    }
    return company;
  }

  private async withDuplicateCheck<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof DuplicateRegistrationNumber) {
        throw new ConflictError(
          [
            {
              field: 'registrationNumber',
              messages: ['A company with this registration number is already registered'],
            },
          ],
          'registration_number_taken',
        );
      }
      throw error;
    }
  }
}

function checkRules(
  country: Country,
  profile: { registrationNumber?: string | null; jvSectors?: string[]; partnershipTypes: string[] },
): void {
  const errors = companyRuleErrors(country, profile);
  if (errors.length > 0) {
    throw new InvalidInputError(errors);
  }
}

function needsNewReview(company: CompanyEntity, patch: UpdateCompanyDto): boolean {
  if (company.verification === 'rejected') {
    return true;
  }
  return (
    company.verification === 'verified' &&
    IDENTITY_FIELDS.some((field) => patch[field] !== undefined && patch[field] !== company[field])
  );
}

/** The reviewed fields a patch really changes, as they were and as they become. */
function changedFields(
  company: CompanyEntity,
  patch: UpdateCompanyDto,
): { before: Record<string, JsonValue>; after: Record<string, JsonValue> } {
  const before: Record<string, JsonValue> = {};
  const after: Record<string, JsonValue> = {};
  for (const field of REVIEWED_FIELDS) {
    const next = patch[field];
    if (next !== undefined && JSON.stringify(next) !== JSON.stringify(company[field])) {
      before[field] = company[field];
      after[field] = next;
    }
  }
  return { before, after };
}
