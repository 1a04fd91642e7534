import fc from 'fast-check';
import type { MatchProfile } from './match-profile';
import { rankCandidates } from './rank-candidates';
import { scorePair } from './score-pair';
import { buildProfile } from './testing/profile-builder';
import { profileArb, propertyRuns } from './testing/profile-arbitraries';

const viewer = buildProfile({
  id: 'pk-viewer',
  country: 'PK',
  sectors: ['textiles'],
  offersHs: ['52'],
  partnershipTypes: ['export'],
  languages: ['en'],
  verification: 'verified',
});

const buyer = (id: string, fields: Partial<MatchProfile> = {}): MatchProfile =>
  buildProfile({
    id,
    country: 'AZ',
    sectors: ['textiles'],
    seeksHs: ['52'],
    partnershipTypes: ['import'],
    languages: ['en'],
    verification: 'verified',
    ...fields,
  });

describe('rankCandidates', () => {
  const candidates = [
    buyer('az-3'),
    buyer('az-1'),
    buyer('az-mute', { languages: ['az'] }),
    buyer('az-2'),
    buyer('az-far', { sectors: ['energy'], seeksHs: [] }),
    buyer('pk-same-country', { country: 'PK' }),
    viewer,
  ];

  it('sorts by score descending, then id ascending, and leaves out ineligible and unfitting firms', () => {
    const ranked = rankCandidates(viewer, candidates);
    // az-far shares no product, sector or joint venture: never recommended
    expect(ranked.map((item) => item.candidate.id)).toEqual(['az-1', 'az-2', 'az-3', 'az-mute']);
    expect(ranked[0].score).toBe(72); // all but the joint-venture points
    expect(ranked[0]).toEqual({ candidate: candidates[1], ...scorePair(viewer, candidates[1]) });
  });

  it.each([
    { limit: 0, minScore: 0, ids: [] },
    { limit: 2, minScore: 0, ids: ['az-1', 'az-2'] },
    { limit: 10, minScore: 72, ids: ['az-1', 'az-2', 'az-3'] },
    { limit: 10, minScore: 73, ids: [] },
  ])('limit $limit, minScore $minScore → $ids', ({ limit, minScore, ids }) => {
    const ranked = rankCandidates(viewer, candidates, { limit, minScore });
    expect(ranked.map((item) => item.candidate.id)).toEqual(ids);
  });

  it('gives back the caller’s own objects', () => {
    const withName = { ...buyer('az-9'), name: 'Baku Textiles' };
    expect(rankCandidates(viewer, [withName])[0].candidate.name).toBe('Baku Textiles');
  });

  it('rejects a negative limit', () => {
    expect(() => rankCandidates(viewer, candidates, { limit: -1 })).toThrow(RangeError);
  });

  it('returns the top of the brute-force list, in a total order, never of the viewer’s country', () => {
    const populationArb = fc
      .array(profileArb, { maxLength: 40 })
      .map((profiles) => profiles.map((profile, index) => ({ ...profile, id: `c${index % 25}` })));
    fc.assert(
      fc.property(
        profileArb,
        populationArb,
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 50 }),
        (me, population, limit, minScore) => {
          const ranked = rankCandidates(me, population, { limit, minScore });
          const everyone = population
            .map((candidate) => ({ candidate, result: scorePair(me, candidate) }))
            .filter(
              ({ result }) => result !== null && result.substantive && result.score >= minScore,
            );
          expect(ranked.length).toBe(Math.min(limit, everyone.length));
          ranked.forEach((item, index) => {
            expect(item.candidate.country).not.toBe(me.country);
            expect(item.candidate.id).not.toBe(me.id);
            expect(item.score).toBeGreaterThanOrEqual(minScore);
            if (index > 0) {
              const previous = ranked[index - 1];
              expect(
                previous.score > item.score ||
                  (previous.score === item.score && previous.candidate.id <= item.candidate.id),
              ).toBe(true);
            }
          });
          // nothing left out scores above the last one returned
          if (ranked.length === limit && limit > 0) {
            const last = ranked[limit - 1].score;
            const better = everyone.filter(({ result }) => result!.score > last);
            expect(better.length).toBeLessThan(limit);
          }
        },
      ),
      propertyRuns(500),
    );
  });
});
