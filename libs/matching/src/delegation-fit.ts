import type { DelegationCandidate, DelegationFitReason, SectorCode } from '@jcc/contracts';
import type { MatchProfile } from './match-profile';
import { scorePair } from './score-pair';

/** A firm as the delegation pages show it: its match profile, its name and its city. */
export interface DelegationFirm extends MatchProfile {
  readonly name: string;
  readonly city: string;
}

/**
 * How well a home-country firm fits a delegation, 0–100: half how much of its business lies in
 * the delegation's sectors, half the best match score (libs/matching) it reaches with one of the
 * host-country firms the delegation would meet. Pure, so it is tested without a database.
 *
 * Sector fit is shared sectors over the smaller of the two lists: a firm working only in one of
 * three focus sectors fits fully; a firm spread over five sectors, one of them in focus, less.
 */
export function rankDelegationCandidates(
  pool: readonly DelegationFirm[],
  counterparts: readonly DelegationFirm[],
  sectors: readonly SectorCode[],
  limit: number,
): DelegationCandidate[] {
  const focus = new Set(sectors);
  return pool
    .map((firm) => {
      const shared = firm.sectors.filter((sector) => focus.has(sector)).sort();
      const sectorFit = shared.length / Math.max(1, Math.min(focus.size, firm.sectors.length));
      const best = bestCounterpart(firm, counterparts);
      const fit = Math.round(50 * Math.min(1, sectorFit) + 0.5 * (best?.score ?? 0));
      const reasons: DelegationFitReason[] = [{ code: 'sector_fit', params: { sectors: shared } }];
      if (best) {
        const { counterpart, score } = best;
        reasons.push({
          code: 'best_counterpart',
          params: {
            companyId: counterpart.id,
            name: counterpart.name,
            city: counterpart.city,
            score,
          },
        });
      }
      if (firm.verification === 'verified') {
        reasons.push({ code: 'verified', params: {} });
      }
      return { firm, fit, reasons };
    })
    .sort(
      (a, b) => b.fit - a.fit || verifiedFirst(a.firm, b.firm) || (a.firm.id < b.firm.id ? -1 : 1),
    )
    .slice(0, limit)
    .map(({ firm, fit, reasons }) => ({
      company: {
        id: firm.id,
        name: firm.name,
        country: firm.country,
        city: firm.city,
        sectors: [...firm.sectors],
        sizeBand: firm.sizeBand,
        verification: firm.verification,
      },
      fit,
      reasons,
    }));
}

function bestCounterpart(
  firm: DelegationFirm,
  counterparts: readonly DelegationFirm[],
): { counterpart: DelegationFirm; score: number } | null {
  let best: { counterpart: DelegationFirm; score: number } | null = null;
  for (const counterpart of counterparts) {
    const pair = scorePair(firm, counterpart);
    if (pair && (!best || pair.score > best.score)) {
      best = { counterpart, score: pair.score };
    }
  }
  return best;
}

function verifiedFirst(a: DelegationFirm, b: DelegationFirm): number {
  return Number(b.verification === 'verified') - Number(a.verification === 'verified');
}
