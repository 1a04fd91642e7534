import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { OpportunityResponse, Page } from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../common/auth-user';
import { cursorFields, decodeCursor } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-page';
import type { PageQuery } from '../../common/pagination/page-query';
import { AuditService } from '../audit/audit.service';
import { CompaniesService } from '../companies/companies.service';
import { toPrefixTsQuery } from '../companies/search-query';
import type { BoardQuery } from './dto/opportunity-queries';
import type { CreateOpportunityDto, UpdateOpportunityDto } from './dto/opportunity-input.dto';
import { OpportunitiesRepository, type SortKey } from './opportunities.repository';
import { firmOf, isOwner, readable } from './opportunity-access';
import { opportunityErrors } from './opportunity-errors';
import { OpportunityPresenter } from './opportunity-presenter';
import { deadlineProblem, effectiveStatus, nextStatus } from './opportunity-rules';
import { auditSnapshot, type OpportunityFields, type OpportunityRow } from './opportunity-row';

const SORT_KEY = { at: cursorFields.timestamp, id: cursorFields.uuid };

/** What a firm does with its own opportunities, and the board everyone reads. */
@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly opportunities: OpportunitiesRepository,
    private readonly presenter: OpportunityPresenter,
    private readonly companies: CompaniesService,
    private readonly audit: AuditService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Only a verified (listed) firm posts; the country is the firm's own. */
  async create(user: AuthUser, input: CreateOpportunityDto): Promise<OpportunityResponse> {
    const companyId = firmOf(user);
    await this.companies.assertMayContact(companyId);
    checkDeadline(input.deadline);
    const firm = (await this.companies.summaries([companyId])).get(companyId);
    if (!firm) {
      throw opportunityErrors.companyRequired();
    }
    const row = await this.txHost.withTransaction(async () => {
      const created = await this.opportunities.insert({
        ...fieldsOf(input),
        companyId,
        userId: user.id,
        country: firm.country,
        status: input.submit ? 'submitted' : 'draft',
      });
      await this.audit.record(user, {
        action: 'opportunity.create',
        target: { type: 'opportunity', id: created.id },
        after: auditSnapshot(created),
      });
      return created;
    });
    return this.presenter.one(row, user);
  }

  async get(id: string, viewer: AuthUser | null): Promise<OpportunityResponse> {
    return this.presenter.one(readable(await this.opportunities.findById(id), viewer), viewer);
  }

  /** Published and open today, newest first; anonymous visitors get teasers. */
  async board(query: BoardQuery, viewer: AuthUser | null): Promise<Page<OpportunityResponse>> {
    const after: SortKey | null = query.cursor ? decodeCursor(query.cursor, SORT_KEY) : null;
    const filter = {
      kind: query.kind,
      sector: query.sector,
      hs: query.hs,
      country: query.country,
      tsQuery: query.q ? toPrefixTsQuery(query.q) : undefined,
    };
    return keysetPage(query, (limit) => this.opportunities.board(filter, after, limit), {
      items: (rows) => this.presenter.present(rows, viewer),
      key: (row) => ({ at: row.sortAt, id: row.id }),
    });
  }

  /** The caller's firm's own, in every state (with staff's reason when refused). */
  async mine(user: AuthUser, query: PageQuery): Promise<Page<OpportunityResponse>> {
    const companyId = firmOf(user);
    const after: SortKey | null = query.cursor ? decodeCursor(query.cursor, SORT_KEY) : null;
    return keysetPage(query, (limit) => this.opportunities.ofCompany(companyId, after, limit), {
      items: (rows) => this.presenter.present(rows, user),
      key: (row) => ({ at: row.sortAt, id: row.id }),
    });
  }

  /** The posting firm edits. A published one goes back to review; a refused one becomes a draft. */
  async update(
    id: string,
    user: AuthUser,
    patch: UpdateOpportunityDto,
  ): Promise<OpportunityResponse> {
    const companyId = firmOf(user);
    if (patch.deadline !== undefined) {
      checkDeadline(patch.deadline);
    }
    await this.companies.assertMayContact(companyId);
    const row = await this.ownedChange(
      id,
      user,
      async (before) => {
        const status = nextStatus(effectiveStatus(before.status, before.deadline), 'edit');
        if (!status) {
          throw opportunityErrors.notOpen(
            effectiveStatus(before.status, before.deadline),
            'edited',
          );
        }
        const merged: OpportunityFields = {
          kind: patch.kind ?? before.kind,
          title: patch.title ?? before.title,
          summary: patch.summary ?? before.summary,
          sectors: patch.sectors ?? before.sectors,
          hsChapters: patch.hsChapters ?? before.hsChapters,
          deadline: patch.deadline ?? before.deadline,
        };
        return this.opportunities.updateFields(id, merged, status);
      },
      'opportunity.update',
    );
    return this.presenter.one(row, user);
  }

  /** Draft or refused → submitted: into staff's review queue. */
  async submit(id: string, user: AuthUser): Promise<OpportunityResponse> {
    const companyId = firmOf(user);
    await this.companies.assertMayContact(companyId);
    const row = await this.ownedChange(
      id,
      user,
      async (before) => {
        const status = nextStatus(before.status, 'submit');
        if (!status) {
          throw opportunityErrors.notOpen(before.status, 'submitted');
        }
        checkDeadline(before.deadline);
        return this.opportunities.setStatus(id, status);
      },
      'opportunity.submit',
    );
    return this.presenter.one(row, user);
  }

  /** The posting firm or staff take it off the board (or out of the queue) for good. */
  async close(id: string, user: AuthUser): Promise<OpportunityResponse> {
    if (!isStaff(user)) {
      firmOf(user);
    }
    const row = await this.ownedChange(
      id,
      user,
      async (before) => {
        const current = effectiveStatus(before.status, before.deadline);
        if (!nextStatus(current, 'close')) {
          throw opportunityErrors.notOpen(current, 'closed');
        }
        return this.opportunities.setStatus(id, 'closed');
      },
      'opportunity.close',
      { staffToo: true },
    );
    return this.presenter.one(row, user);
  }

  /**
   * One change of one opportunity by its firm (or staff where allowed): the row is locked, the
   * change and its audit row commit together. Others get 404 for what they may not read and 403
   * for a published one that is not theirs.
   */
  private async ownedChange(
    id: string,
    user: AuthUser,
    change: (before: OpportunityRow) => Promise<OpportunityRow>,
    action: 'opportunity.update' | 'opportunity.submit' | 'opportunity.close',
    options: { staffToo?: boolean } = {},
  ): Promise<OpportunityRow> {
    return this.txHost.withTransaction(async () => {
      const before = readable(await this.opportunities.findForUpdate(id), user);
      if (!isOwner(before, user) && !(options.staffToo && isStaff(user))) {
        throw opportunityErrors.notOwner();
      }
      const after = await change(before);
      await this.audit.record(user, {
        action,
        target: { type: 'opportunity', id },
        before: auditSnapshot(before),
        after: auditSnapshot(after),
      });
      return after;
    });
  }
}

function checkDeadline(deadline: string): void {
  const problem = deadlineProblem(deadline);
  if (problem) {
    throw opportunityErrors.badDeadline(problem);
  }
}

function fieldsOf(input: CreateOpportunityDto): OpportunityFields {
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    sectors: input.sectors,
    hsChapters: input.hsChapters ?? [],
    deadline: input.deadline,
  };
}
