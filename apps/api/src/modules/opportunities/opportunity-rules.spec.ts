import {
  deadlineProblem,
  effectiveStatus,
  nextStatus,
  relevanceScore,
  relevantHs,
  utcToday,
} from './opportunity-rules';

const NOW = new Date('2026-12-02T16:00:00Z');

describe('opportunity rules', () => {
  it.each([
    ['2026-12-02', null],
    ['2026-12-01', 'deadline must not be in the past'],
    ['2027-02-31', 'deadline must be a date like 2027-03-31'],
    ['2028-12-01', null],
    ['2028-12-03', 'deadline must be within 730 days'],
  ])('deadline %s → %p', (deadline, problem) => {
    expect(deadlineProblem(deadline, NOW)).toBe(problem);
  });

  it('a published one is expired from the day after its deadline, others keep their state', () => {
    expect(utcToday(NOW)).toBe('2026-12-02');
    expect(effectiveStatus('published', '2026-12-02', NOW)).toBe('published');
    expect(effectiveStatus('published', '2026-12-01', NOW)).toBe('expired');
    expect(effectiveStatus('draft', '2026-12-01', NOW)).toBe('draft');
  });

  it.each([
    ['draft', 'edit', 'draft'],
    ['refused', 'edit', 'draft'],
    ['published', 'edit', 'submitted'],
    ['closed', 'edit', null],
    ['expired', 'edit', null],
    ['draft', 'submit', 'submitted'],
    ['refused', 'submit', 'submitted'],
    ['published', 'submit', null],
    ['submitted', 'publish', 'published'],
    ['submitted', 'refuse', 'refused'],
    ['draft', 'publish', null],
    ['published', 'close', 'closed'],
    ['expired', 'close', null],
  ] as const)('%s + %s → %p', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('an offer answers what the viewer seeks, a request what it offers, a JV call both', () => {
    const viewer = { offersHs: ['61'], seeksHs: ['27'] };
    expect(relevantHs('business_offer', viewer)).toEqual(['27']);
    expect(relevantHs('technology_request', viewer)).toEqual(['61']);
    expect(relevantHs('joint_venture_call', viewer).sort()).toEqual(['27', '61']);
    expect(relevanceScore(1, 0)).toBeGreaterThan(relevanceScore(0, 1));
  });
});
