import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { OpportunityResponse, Page } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { cursorFields, decodeCursor } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-page';
import type { PageQuery } from '../../common/pagination/page-query';
import { AuditService } from '../audit/audit.service';
import type { ReviewOpportunityDto } from './dto/opportunity-input.dto';
import { OpportunitiesRepository, type SortKey } from './opportunities.repository';
import { opportunityErrors } from './opportunity-errors';
import { OpportunityNotifier } from './opportunity-notifier';
import { OpportunityPresenter } from './opportunity-presenter';
import { deadlineProblem, nextStatus } from './opportunity-rules';
import { auditSnapshot } from './opportunity-row';

/** Staff read every submitted opportunity before the board shows it. */
@Injectable()
export class OpportunityReviewService {
  constructor(
    private readonly opportunities: OpportunitiesRepository,
    private readonly presenter: OpportunityPresenter,
    private readonly notifier: OpportunityNotifier,
    private readonly audit: AuditService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Submitted ones, longest waiting first. */
  async queue(staff: AuthUser, query: PageQuery): Promise<Page<OpportunityResponse>> {
    const after: SortKey | null = query.cursor
      ? decodeCursor(query.cursor, { at: cursorFields.timestamp, id: cursorFields.uuid })
      : null;
    return keysetPage(query, (limit) => this.opportunities.submitted(after, limit), {
      items: (rows) => this.presenter.present(rows, staff),
      key: (row) => ({ at: row.sortAt, id: row.id }),
    });
  }

  /** Publish, or refuse with a reason the firm reads; the poster is told either way. */
  async review(
    id: string,
    staff: AuthUser,
    input: ReviewOpportunityDto,
  ): Promise<OpportunityResponse> {
    const row = await this.txHost.withTransaction(async () => {
      const before = await this.opportunities.findForUpdate(id);
      if (!before) {
        throw opportunityErrors.notFound();
      }
      const status = nextStatus(before.status, input.decision);
      if (!status) {
        throw opportunityErrors.notOpen(before.status, `${input.decision}d`);
      }
      if (status === 'published' && deadlineProblem(before.deadline)) {
        throw opportunityErrors.deadlinePassed();
      }
      const after = await this.opportunities.setStatus(id, status, {
        refusalReason: input.decision === 'refuse' ? (input.reason ?? null) : null,
        reviewerId: staff.id,
      });
      await this.audit.record(staff, {
        action: status === 'published' ? 'opportunity.publish' : 'opportunity.refuse',
        target: { type: 'opportunity', id },
        before: auditSnapshot(before),
        after: auditSnapshot(after),
      });
      await this.notifier.reviewed(after);
      return after;
    });
    return this.presenter.one(row, staff);
  }
}
