import type { LastReview, ProfileChange } from '@jcc/contracts';
import type { CompanyEntity } from './company.entity';

/** The profile fields a reviewer looks at; a change to any of them is shown in the queue. */
export const REVIEWED_FIELDS = [
  'name',
  'country',
  'city',
  'registrationNumber',
  'sectors',
  'offersHs',
  'seeksHs',
  'partnershipTypes',
  'jvSectors',
  'sizeBand',
  'foundedYear',
  'languages',
  'website',
  'description',
  'certifications',
] as const satisfies readonly (keyof CompanyEntity)[];

/** Every reviewed field is text, a number, a list of codes or null (no deeper JSON). */
export type ProfileValue = string | number | string[] | null;
export type ProfileSnapshot = Record<(typeof REVIEWED_FIELDS)[number], ProfileValue>;

/** Stored in `companies.last_review`: the decision and what the reviewer saw when making it. */
export interface CompanyReviewRecord extends LastReview {
  profile: ProfileSnapshot;
}

export function profileSnapshot(
  company: Pick<CompanyEntity, (typeof REVIEWED_FIELDS)[number]>,
): ProfileSnapshot {
  const snapshot = {} as ProfileSnapshot;
  for (const field of REVIEWED_FIELDS) {
    const value = company[field];
    snapshot[field] = Array.isArray(value) ? [...value] : value;
  }
  return snapshot;
}

/** The fields that differ between the last review and the profile now, in REVIEWED_FIELDS order. */
export function changesSinceReview(company: CompanyEntity): ProfileChange[] | null {
  const review = company.lastReview;
  if (!review) {
    return null;
  }
  const now = profileSnapshot(company);
  return REVIEWED_FIELDS.filter(
    (field) => JSON.stringify(review.profile[field] ?? null) !== JSON.stringify(now[field] ?? null),
  ).map((field) => ({ field, before: review.profile[field] ?? null, after: now[field] }));
}

export function toLastReview(record: CompanyReviewRecord | null): LastReview | null {
  if (!record) {
    return null;
  }
  const { status, note, at, byUserId } = record;
  return { status, note, at, byUserId };
}
