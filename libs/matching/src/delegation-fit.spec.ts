import { rankDelegationCandidates, type DelegationFirm } from './delegation-fit';

const firm = (id: string, overrides: Partial<DelegationFirm> = {}): DelegationFirm => ({
  id,
  name: `Firm ${id}`,
  country: 'PK',
  city: 'Sialkot',
  sectors: ['textiles'],
  offersHs: ['52', '63'],
  seeksHs: [],
  partnershipTypes: ['export'],
  jvSectors: [],
  sizeBand: 'small',
  languages: ['en'],
  verification: 'verified',
  ...overrides,
});

const buyer = firm('az-1', {
  country: 'AZ',
  city: 'Baku',
  offersHs: [],
  seeksHs: ['52', '63'],
  partnershipTypes: ['import'],
  languages: ['en', 'az'],
});

describe('rankDelegationCandidates', () => {
  it('ranks by sector fit and the best counterpart, and says why', () => {
    const focused = firm('a');
    const spread = firm('b', { sectors: ['textiles', 'energy', 'food', 'tourism'] });
    const [first, second] = rankDelegationCandidates([spread, focused], [buyer], ['textiles'], 10);
    expect(first.company.id).toBe('a');
    expect(second.company.id).toBe('b');
    expect(first.fit).toBeGreaterThan(second.fit);
    expect(first.reasons).toEqual([
      { code: 'sector_fit', params: { sectors: ['textiles'] } },
      { code: 'priority_sector', params: { sectors: ['textiles'] } },
      {
        code: 'best_counterpart',
        params: expect.objectContaining({ companyId: 'az-1', name: 'Firm az-1', city: 'Baku' }),
      },
      { code: 'verified', params: {} },
    ]);
  });

  it('fits within 0–100, takes the best counterpart, and breaks ties by verification then id', () => {
    const weak = firm('az-2', {
      country: 'AZ',
      seeksHs: [],
      partnershipTypes: ['licensing'],
      languages: ['ru'],
    });
    const ranked = rankDelegationCandidates(
      [firm('c', { verification: 'pending' }), firm('d')],
      [weak, buyer],
      ['textiles'],
      10,
    );
    expect(ranked.map((candidate) => candidate.company.id)).toEqual(['d', 'c']);
    const counterpart = ranked[0].reasons.find((reason) => reason.code === 'best_counterpart');
    expect(counterpart?.params).toMatchObject({ companyId: 'az-1' });
    for (const candidate of ranked) {
      expect(candidate.fit).toBeGreaterThanOrEqual(0);
      expect(candidate.fit).toBeLessThanOrEqual(100);
    }
  });

  it('without counterparts, fit is sector fit alone; limit cuts the list', () => {
    const ranked = rankDelegationCandidates(
      [firm('e'), firm('f'), firm('g')],
      [],
      ['textiles', 'leather'],
      2,
    );
    expect(ranked).toHaveLength(2);
    // 50 for the sector, + 10 for textiles, a priority sector of the chamber report
    expect(ranked[0].fit).toBe(60);
    expect(ranked[0].reasons.map((reason) => reason.code)).toEqual([
      'sector_fit',
      'priority_sector',
      'verified',
    ]);
  });

  it('boosts firms of the report’s priority and joint-venture sectors, and only those', () => {
    const ranked = rankDelegationCandidates(
      [
        firm('it', { sectors: ['it_technology', 'energy'] }),
        firm('pharma', { sectors: ['pharmaceuticals', 'energy'] }),
      ],
      [],
      ['energy'],
      10,
    );
    expect(ranked.map((candidate) => [candidate.company.id, candidate.fit])).toEqual([
      ['pharma', 60],
      ['it', 50],
    ]);
    expect(ranked[0].reasons[1]).toEqual({
      code: 'priority_sector',
      params: { sectors: ['pharmaceuticals'] },
    });
  });
});
