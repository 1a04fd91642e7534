import { Injectable } from '@nestjs/common';
import type { CompanySummary, OpportunityResponse } from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../common/auth-user';
import { CompaniesService } from '../companies/companies.service';
import { toOpportunityResponse } from './opportunity.mapper';
import type { OpportunityRow } from './opportunity-row';
import { OpportunityInterestsRepository } from './opportunity-interests.repository';

/** Shapes rows for one viewer: the firms beside them, and what only the poster and staff see. */
@Injectable()
export class OpportunityPresenter {
  constructor(
    private readonly companies: CompaniesService,
    private readonly interests: OpportunityInterestsRepository,
  ) {}

  async present(rows: OpportunityRow[], viewer: AuthUser | null): Promise<OpportunityResponse[]> {
    if (rows.length === 0) {
      return [];
    }
    const teaser = viewer === null;
    const privileged = (row: OpportunityRow) =>
      isStaff(viewer) || (!!viewer?.companyId && viewer.companyId === row.companyId);
    const [companies, counts, answered] = await Promise.all([
      teaser
        ? Promise.resolve(new Map<string, CompanySummary>())
        : this.companies.summaries(rows.map((row) => row.companyId)),
      this.interests.counts(rows.filter(privileged).map((row) => row.id)),
      viewer?.companyId
        ? this.interests.answeredBy(
            viewer.companyId,
            rows.map((row) => row.id),
          )
        : Promise.resolve(null),
    ]);
    return rows.map((row) =>
      toOpportunityResponse(row, {
        teaser,
        privileged: privileged(row),
        company: companies.get(row.companyId) ?? null,
        interestCount: counts.get(row.id) ?? 0,
        interested: answered ? answered.has(row.id) : null,
      }),
    );
  }

  async one(row: OpportunityRow, viewer: AuthUser | null): Promise<OpportunityResponse> {
    return (await this.present([row], viewer))[0];
  }
}
