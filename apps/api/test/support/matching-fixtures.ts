import type { MatchResponse } from '@jcc/contracts';
import { rankCandidates, type MatchProfile, type RankedCandidate } from '@jcc/matching';
import type { DataSource } from 'typeorm';

/** A firm as the matching specs read it back: the matcher's profile and the listed fields. */
export interface Firm extends MatchProfile {
  name: string;
  city: string;
}

let firmCounter = 0;

/** Inserts a firm straight into `companies` (the trigger under test builds its match profile). */
export async function insertFirm(db: DataSource, profile: Omit<MatchProfile, 'id'>): Promise<Firm> {
  firmCounter += 1;
  const name = `Firm ${firmCounter} ${profile.country}`;
  const city = profile.country === 'PK' ? 'Lahore' : 'Baku';
  const [{ id }] = await db.query<{ id: string }[]>(
    `INSERT INTO companies (name, country, city, sectors, offers_hs, seeks_hs, partnership_types,
       jv_sectors, size_band, languages, verification)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      name,
      profile.country,
      city,
      profile.sectors,
      profile.offersHs,
      profile.seeksHs,
      profile.partnershipTypes,
      profile.jvSectors,
      profile.sizeBand,
      profile.languages,
      profile.verification,
    ],
  );
  return { ...profile, id, name, city };
}

/** Every firm in the database as the brute force sees it (unverified ones too; bruteForce skips them). */
export function loadFirms(db: DataSource): Promise<Firm[]> {
  return db.query<Firm[]>(
    `SELECT id, name, country, city, sectors, offers_hs AS "offersHs", seeks_hs AS "seeksHs",
       partnership_types AS "partnershipTypes", jv_sectors AS "jvSectors", size_band AS "sizeBand",
       languages, verification
     FROM companies`,
  );
}

/** The brute-force answer: every verified firm scored by the library, as the API shows it. */
export function bruteForce(
  viewer: MatchProfile,
  firms: readonly Firm[],
  options: { limit?: number; minScore?: number; accepts?: (firm: Firm) => boolean } = {},
): MatchResponse[] {
  const matchable = firms.filter(
    (firm) => firm.verification === 'verified' && (options.accepts?.(firm) ?? true),
  );
  return rankCandidates(viewer, matchable, {
    limit: options.limit,
    minScore: options.minScore,
  }).map(asResponse);
}

export function asResponse(match: RankedCandidate<Firm>): MatchResponse {
  const { id, name, country, city, sectors, sizeBand, verification } = match.candidate;
  return {
    company: { id, name, country, city, sectors: [...sectors], sizeBand, verification },
    score: match.score,
    mutual: match.mutual,
    reasons: match.reasons,
    reasonsForThem: match.reasonsForThem,
  };
}
