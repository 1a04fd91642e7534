import {
  JOINT_VENTURE_SECTORS,
  PRIORITY_SECTORS,
  type DelegationCandidate,
  type DelegationFitReason,
  type SectorCode,
} from '@jcc/contracts';
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
 *
 * Staff views only: a firm working in one of the chamber report's priority sectors (textiles,
 * leather, food, sports goods, surgical instruments) or joint-venture sectors (pharmaceuticals,
 * chemicals, mechanical engineering, metallurgy, food processing, light industry) gets
 * PRIORITY_SECTOR_BOOST points, capped at 100, and says so (`priority_sector`). Firms' own match
 * lists are never boosted: a boost there would rank partners by policy, not by fit.
 */
export const PRIORITY_SECTOR_BOOST = 10;
const REPORT_SECTORS = new Set<SectorCode>([...PRIORITY_SECTORS, ...JOINT_VENTURE_SECTORS]);

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
      const priority = [
        ...new Set(firm.sectors.filter((sector) => REPORT_SECTORS.has(sector))),
      ].sort();
      const boost = priority.length > 0 ? PRIORITY_SECTOR_BOOST : 0;
      const fit = Math.min(
        100,
        Math.round(50 * Math.min(1, sectorFit) + 0.5 * (best?.score ?? 0)) + boost,
      );
      const reasons: DelegationFitReason[] = [{ code: 'sector_fit', params: { sectors: shared } }];
      if (priority.length > 0) {
        reasons.push({ code: 'priority_sector', params: { sectors: priority } });
      }
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
    // Only a substantive fit makes a counterpart worth meeting (libs/matching substantive-fit.ts).
    if (pair && pair.substantive && (!best || pair.score > best.score)) {
      best = { counterpart, score: pair.score };
    }
  }
  return best;
}

function verifiedFirst(a: DelegationFirm, b: DelegationFirm): number {
  return Number(b.verification === 'verified') - Number(a.verification === 'verified');
}
