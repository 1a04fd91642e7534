import { OPPORTUNITY_LIMITS, type CompanySummary, type OpportunityResponse } from '@jcc/contracts';
import { effectiveStatus } from './opportunity-rules';
import type { OpportunityRow } from './opportunity-row';

export interface OpportunityView {
  /** Anonymous visitors read a teaser: no firm, the summary cut short. */
  teaser: boolean;
  /** The posting firm or staff: the refusal reason and the interest count. */
  privileged: boolean;
  company: CompanySummary | null;
  interestCount: number | null;
  interested: boolean | null;
}

export function toOpportunityResponse(
  row: OpportunityRow,
  view: OpportunityView,
): OpportunityResponse {
  const cut = OPPORTUNITY_LIMITS.teaserLength;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary:
      view.teaser && row.summary.length > cut ? `${row.summary.slice(0, cut)}…` : row.summary,
    sectors: row.sectors,
    hsChapters: row.hsChapters,
    country: row.country,
    deadline: row.deadline,
    status: effectiveStatus(row.status, row.deadline),
    company: view.teaser ? null : view.company,
    refusalReason: view.privileged ? row.refusalReason : null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    interestCount: view.privileged ? view.interestCount : null,
    interested: view.interested,
  };
}
