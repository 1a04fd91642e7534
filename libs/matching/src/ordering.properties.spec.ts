import { LANGUAGE_CODES, type SectorCode } from '@jcc/contracts';
import fc from 'fast-check';
import { wantedJvSectors } from './components/joint-venture-fit';
import type { MatchProfile } from './match-profile';
import { rankCandidates } from './rank-candidates';
import { scorePair } from './score-pair';
import { hasOverlap } from './substantive-fit';
import {
  eligiblePairArb,
  otherCountry,
  profileArb,
  propertyRuns,
} from './testing/profile-arbitraries';
import { upperBoundWithoutOverlap } from './upper-bound';
import { DEFAULT_WEIGHTS } from './weights';

/*
 * The ordering rules a chamber officer would sign (issue 15), as properties of the default weights:
 * - a joint-venture fit in the viewer's own sector or JV sector beats anything a firm can earn on
 *   language, size, partnership type and verification alone, even with no common language;
 * - no joint-venture claim (reason or partnership pair) without a real JV fit;
 * - no recommendation without a substantive reason; a missing language lowers, never vetoes.
 */
const RUNS = propertyRuns(1000);

/** A language the viewer does not speak (there are 11 codes; a viewer lists at most 3). */
function foreignLanguage(viewer: MatchProfile): (typeof LANGUAGE_CODES)[number] {
  return LANGUAGE_CODES.find((code) => !viewer.languages.includes(code))!;
}

/** The weakest JV partner: a JV fit in `sector` and nothing else, no shared language, unverified. */
function bareJvPartner(viewer: MatchProfile, sector: SectorCode, asJvWish: boolean): MatchProfile {
  return {
    id: 'jv-partner',
    country: otherCountry(viewer.country),
    sectors: asJvWish ? [] : [sector],
    offersHs: [],
    seeksHs: [],
    partnershipTypes: asJvWish ? ['joint_venture'] : [],
    jvSectors: asJvWish ? [sector] : [],
    sizeBand: viewer.sizeBand === 'micro' ? 'large' : 'micro',
    languages: [foreignLanguage(viewer)],
    verification: 'pending',
  };
}

/** Viewers that want a joint venture in at most one sector (a full fit is then one sector). */
const focusedViewerArb = profileArb.filter(
  (viewer) => new Set(wantedJvSectors(viewer)).size <= 1 && viewer.sectors.length > 0,
);

describe('ordering rules', () => {
  it('a partner that wants a JV in the viewer’s sector outranks any generic-only firm, with no common language', () => {
    fc.assert(
      fc.property(focusedViewerArb, (viewer) => {
        const partner = bareJvPartner(viewer, viewer.sectors[0], true);
        const result = scorePair(viewer, partner)!;
        expect(result.substantive).toBe(true);
        expect(result.score).toBeGreaterThan(upperBoundWithoutOverlap(viewer));
        expect(result.reasons.map((reason) => reason.code)).toContain('interpreter_may_be_needed');
      }),
      RUNS,
    );
  });

  it('a firm working in the viewer’s JV sector outranks any generic-only firm, with no common language', () => {
    const jvViewerArb = focusedViewerArb.filter((viewer) => wantedJvSectors(viewer).length > 0);
    fc.assert(
      fc.property(jvViewerArb, (viewer) => {
        const partner = bareJvPartner(viewer, wantedJvSectors(viewer)[0], false);
        expect(scorePair(viewer, partner)!.score).toBeGreaterThan(upperBoundWithoutOverlap(viewer));
      }),
      RUNS,
    );
  });

  it('ranks the pharmaceutical JV partner first for a surgical maker wanting a pharma JV', () => {
    const surgical: MatchProfile = {
      id: 'pk-surgical',
      country: 'PK',
      sectors: ['surgical_instruments'],
      offersHs: ['90'],
      seeksHs: [],
      partnershipTypes: ['export', 'joint_venture'],
      jvSectors: ['pharmaceuticals'],
      sizeBand: 'medium',
      languages: ['en', 'ur'],
      verification: 'verified',
    };
    const generic = (id: string, sector: SectorCode): MatchProfile => ({
      id,
      country: 'AZ',
      sectors: [sector],
      offersHs: [],
      seeksHs: [],
      partnershipTypes: ['import', 'distribution'],
      jvSectors: [],
      sizeBand: 'medium',
      languages: ['en'],
      verification: 'verified',
    });
    const pharma: MatchProfile = {
      ...generic('az-pharma', 'pharmaceuticals'),
      partnershipTypes: ['joint_venture'],
      jvSectors: ['pharmaceuticals'],
      languages: ['az', 'ru'],
      sizeBand: 'large',
    };
    const ranked = rankCandidates(surgical, [
      generic('az-it', 'it_technology'),
      generic('az-tours', 'tourism'),
      generic('az-build', 'construction'),
      pharma,
    ]);
    // the three generic firms share nothing substantive: not recommended at all
    expect(ranked.map((match) => match.candidate.id)).toEqual(['az-pharma']);
    expect(ranked[0].reasons[0].code).toBe('joint_venture_interest');
  });

  it('claims joint_venture ↔ joint_venture only with a JV sector both want', () => {
    fc.assert(
      fc.property(eligiblePairArb, ([a, b]) => {
        const pairs =
          scorePair(a, b)!.reasons.find((reason) => reason.code === 'compatible_partnership')
            ?.params.pairs ?? [];
        const claimsJv = pairs.some(
          ([mine, theirs]) => mine === 'joint_venture' && theirs === mine,
        );
        const bJv = wantedJvSectors(b);
        expect(claimsJv).toBe(
          a.partnershipTypes.includes('joint_venture') &&
            wantedJvSectors(a).some((sector) => bJv.includes(sector)),
        );
      }),
      RUNS,
    );
  });

  it('never claims a JV fit between firms whose JV wishes and sectors do not meet', () => {
    fc.assert(
      fc.property(eligiblePairArb, ([a, b]) => {
        const aJv = wantedJvSectors(a);
        const bJv = wantedJvSectors(b);
        const meet =
          aJv.some((sector) => bJv.includes(sector) || b.sectors.includes(sector)) ||
          bJv.some((sector) => a.sectors.includes(sector));
        const codes = scorePair(a, b)!.reasons.map((reason) => reason.code);
        expect(codes.includes('joint_venture_interest')).toBe(meet);
      }),
      RUNS,
    );
  });

  it('a missing common language lowers a substantive match a little and never drops it', () => {
    fc.assert(
      fc.property(eligiblePairArb, ([a, b]) => {
        fc.pre(hasOverlap(a, b) && a.languages.length > 0);
        const talking = scorePair(a, { ...b, languages: [a.languages[0]] })!;
        const mute = scorePair(a, { ...b, languages: [foreignLanguage(a)] })!;
        expect(mute.substantive).toBe(true);
        expect(mute.score).toBeLessThanOrEqual(talking.score);
        // at most twice the language swing of 8 points per side (the harmonic mean moves at
        // most twice as fast as its weaker side)
        const swing = DEFAULT_WEIGHTS.commonLanguage - DEFAULT_WEIGHTS.noCommonLanguage;
        expect(talking.score - mute.score).toBeLessThanOrEqual(2 * swing + 1);
        expect(rankCandidates(a, [{ ...b, languages: [foreignLanguage(a)] }])).toHaveLength(1);
      }),
      RUNS,
    );
  });
});
