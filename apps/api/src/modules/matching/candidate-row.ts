import type { CompanyProfileRow } from '../companies/company-sql';

/**
 * A partner as the matching queries read it: what the matcher scores and what the list shows —
 * the companies module's one profile row.
 */
export type CandidateRow = CompanyProfileRow;
