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

/**
 * The review record to keep when a verified firm edits what verification covers: the profile as
 * it is now (verified, including staff's own edits since the review) and the decision that
 * verified it. Others see this version until staff decide on the edit.
 */
export function verifiedVersion(company: CompanyEntity): CompanyReviewRecord {
  const previous = company.lastReview?.status === 'verified' ? company.lastReview : null;
  return {
    status: 'verified',
    note: previous?.note ?? null,
    at: previous?.at ?? (company.verifiedAt ?? company.updatedAt).toISOString(),
    byUserId: previous?.byUserId ?? null,
    profile: profileSnapshot(company),
  };
}

/**
 * What a firm other than the company itself (and not staff) sees: a verified firm under review of
 * an edit shows its last verified version, still as verified; any other firm is shown as it is.
 */
export function publicVersion(company: CompanyEntity): CompanyEntity {
  const review = company.lastReview;
  if (company.verification !== 'pending' || !company.listed || review?.status !== 'verified') {
    return company;
  }
  // The snapshot holds exactly the reviewed fields, with the entity's own types.
  const verified = review.profile as unknown as Partial<CompanyEntity>;
  return { ...company, ...verified, verification: 'verified' };
}
