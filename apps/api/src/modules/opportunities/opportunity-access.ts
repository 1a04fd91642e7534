import { isStaff, type AuthUser } from '../../common/auth-user';
import { opportunityErrors } from './opportunity-errors';
import { effectiveStatus } from './opportunity-rules';
import type { OpportunityRow } from './opportunity-row';

/** The firm a member account acts for; staff and firmless accounts do not post or answer. */
export function firmOf(user: AuthUser): string {
  if (user.role !== 'member') {
    throw opportunityErrors.membersOnly();
  }
  if (!user.companyId) {
    throw opportunityErrors.companyRequired();
  }
  return user.companyId;
}

export function isOwner(row: OpportunityRow, viewer: AuthUser | null): boolean {
  return !!viewer?.companyId && viewer.companyId === row.companyId;
}

/**
 * Who reads an opportunity: a published one that is still open, anyone (anonymous visitors a
 * teaser); any other state only the posting firm and staff. To everyone else it does not exist.
 */
export function mayRead(row: OpportunityRow, viewer: AuthUser | null): boolean {
  return (
    effectiveStatus(row.status, row.deadline) === 'published' ||
    isOwner(row, viewer) ||
    isStaff(viewer)
  );
}

/** The row, or 404 for a row the viewer may not read (so its existence is not given away). */
export function readable(row: OpportunityRow | null, viewer: AuthUser | null): OpportunityRow {
  if (!row || !mayRead(row, viewer)) {
    throw opportunityErrors.notFound();
  }
  return row;
}
