import type { Country, OpportunityKind, OpportunityStatus, SectorCode } from '@jcc/contracts';

/** One opportunities row as the repository reads it (columns in OPPORTUNITY_COLUMNS). */
export interface OpportunityRow {
  id: string;
  companyId: string;
  createdByUserId: string | null;
  kind: OpportunityKind;
  title: string;
  summary: string;
  sectors: SectorCode[];
  hsChapters: string[];
  country: Country;
  /** `YYYY-MM-DD` (read as text: a date has no time zone to lose). */
  deadline: string;
  status: OpportunityStatus;
  refusalReason: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Text of the sort column, microseconds kept, for keyset cursors. */
  sortAt: string;
}

export const OPPORTUNITY_COLUMNS = `o.id, o.company_id AS "companyId",
  o.created_by_user_id AS "createdByUserId", o.kind, o.title, o.summary, o.sectors,
  o.hs_chapters AS "hsChapters", o.country, o.deadline::text AS deadline, o.status,
  o.refusal_reason AS "refusalReason", o.submitted_at AS "submittedAt",
  o.published_at AS "publishedAt", o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;

/** The fields a firm writes. */
export interface OpportunityFields {
  kind: OpportunityKind;
  title: string;
  summary: string;
  sectors: SectorCode[];
  hsChapters: string[];
  deadline: string;
}

/** A row's state as the audit log keeps it before and after a change. */
export function auditSnapshot(row: OpportunityRow) {
  return {
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    sectors: row.sectors,
    hsChapters: row.hsChapters,
    deadline: row.deadline,
    status: row.status,
    refusalReason: row.refusalReason,
  };
}
