import { percentile, summarize } from './latency-stats';

describe('latency stats', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([50, 95, 99, 100].map((p) => percentile(sorted, p))).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('sorts before summarising', () => {
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ p50: 3, p95: 5, p99: 5, max: 5 });
  });
});
