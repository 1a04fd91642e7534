import type { Country, OpportunityKind, OpportunityStatus, SectorCode } from '@jcc/contracts';

/** An opportunity for the bulk writer (seed and benchmarks); the rules are the caller's to keep. */
export interface NewOpportunityRow {
  companyId: string;
  kind: OpportunityKind;
  title: string;
  summary: string;
  sectors: SectorCode[];
  hsChapters: string[];
  country: Country;
  /** `YYYY-MM-DD`. */
  deadline: string;
  status: OpportunityStatus;
  refusalReason?: string | null;
  createdAt: Date;
  submittedAt?: Date | null;
  publishedAt?: Date | null;
  closedAt?: Date | null;
}

/** Runs one statement: a pg Pool or Client behind a function. */
export type RunOpportunityStatement = (text: string, values: unknown[]) => Promise<unknown>;

const time = (date: Date | null | undefined) => date?.toISOString() ?? null;

/**
 * Many opportunities in one statement (the only writer of the table besides the module's
 * repository): the rows travel as one JSON parameter, which Postgres unpacks with
 * jsonb_to_recordset, so a batch of thousands is a single round trip.
 */
export async function insertOpportunityRows(
  run: RunOpportunityStatement,
  rows: readonly NewOpportunityRow[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const payload = rows.map((row) => ({
    company_id: row.companyId,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    sectors: row.sectors,
    hs_chapters: row.hsChapters,
    country: row.country,
    deadline: row.deadline,
    status: row.status,
    refusal_reason: row.refusalReason ?? null,
    created_at: time(row.createdAt),
    submitted_at: time(row.submittedAt),
    published_at: time(row.publishedAt),
    closed_at: time(row.closedAt),
  }));
  await run(
    `INSERT INTO opportunities (company_id, kind, title, summary, sectors, hs_chapters, country,
       deadline, status, refusal_reason, created_at, updated_at, submitted_at, published_at, closed_at)
     SELECT company_id, kind, title, summary, sectors, hs_chapters, country, deadline, status,
       refusal_reason, created_at, created_at, submitted_at, published_at, closed_at
     FROM jsonb_to_recordset($1::jsonb) AS r(company_id uuid, kind text, title text, summary text,
       sectors text[], hs_chapters text[], country text, deadline date, status text,
       refusal_reason text, created_at timestamptz, submitted_at timestamptz,
       published_at timestamptz, closed_at timestamptz)`,
    [JSON.stringify(payload)],
  );
}
