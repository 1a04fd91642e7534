import type { MatchProfile } from '@jcc/matching';

/** A partner as the matching queries read it: what the matcher scores and what the list shows. */
export interface CandidateRow extends MatchProfile {
  name: string;
  city: string;
}
