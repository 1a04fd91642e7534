import { OPPORTUNITY_LIMITS, type OpportunityKind, type OpportunityStatus } from '@jcc/contracts';

/**
 * The pure rules of the board: when a deadline is acceptable, which state an action leads to, and
 * how relevant an opportunity is to a firm. No I/O: the service asks, the spec pins them.
 */

/** Today in UTC as `YYYY-MM-DD`: deadlines are calendar days, open through that day. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Why a deadline is not acceptable, or null when it is (today through maxDeadlineDays ahead). */
export function deadlineProblem(deadline: string, now: Date = new Date()): string | null {
  const day = new Date(`${deadline}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || utcToday(day) !== deadline) {
    return 'deadline must be a date like 2027-03-31';
  }
  const today = utcToday(now);
  if (deadline < today) {
    return 'deadline must not be in the past';
  }
  const latest = new Date(now.getTime() + OPPORTUNITY_LIMITS.maxDeadlineDays * 86_400_000);
  if (deadline > utcToday(latest)) {
    return `deadline must be within ${OPPORTUNITY_LIMITS.maxDeadlineDays} days`;
  }
  return null;
}

/** A published opportunity past its deadline is expired, whether or not the job has run yet. */
export function effectiveStatus(
  status: OpportunityStatus,
  deadline: string,
  now: Date = new Date(),
): OpportunityStatus {
  return status === 'published' && deadline < utcToday(now) ? 'expired' : status;
}

export type OpportunityAction = 'edit' | 'submit' | 'publish' | 'refuse' | 'close';

/**
 * The state after an action, or null when the action is not allowed in that state.
 * Decision (documented in docs/opportunities.md): an edit of a published opportunity sends it
 * back to review, so nothing reaches the board that staff did not read; an edit of a refused one
 * makes it a draft again, which the firm submits when ready.
 */
export function nextStatus(
  current: OpportunityStatus,
  action: OpportunityAction,
): OpportunityStatus | null {
  switch (action) {
    case 'edit':
      return (
        ({ draft: 'draft', submitted: 'submitted', refused: 'draft', published: 'submitted' }[
          current as string
        ] as OpportunityStatus | undefined) ?? null
      );
    case 'submit':
      return current === 'draft' || current === 'refused' ? 'submitted' : null;
    case 'publish':
    case 'refuse':
      return current === 'submitted' ? (action === 'publish' ? 'published' : 'refused') : null;
    case 'close':
      return current === 'closed' || current === 'expired' ? null : 'closed';
  }
}

/** Which of the viewer's HS chapters an opportunity of this kind speaks to. */
export function relevantHs(
  kind: OpportunityKind,
  viewer: { offersHs: readonly string[]; seeksHs: readonly string[] },
): string[] {
  // An offer answers what the viewer seeks; a request asks for what the viewer offers.
  if (kind === 'business_offer' || kind === 'technology_offer') {
    return [...viewer.seeksHs];
  }
  if (kind === 'business_request' || kind === 'technology_request') {
    return [...viewer.offersHs];
  }
  return [...new Set([...viewer.offersHs, ...viewer.seeksHs])];
}

/** Shared sectors weigh double: a sector match is the first thing a chamber looks at. */
export function relevanceScore(sharedSectors: number, sharedHs: number): number {
  return sharedSectors * 2 + sharedHs;
}
