import { mixSeed, Random } from './random';

describe('Random', () => {
  it('repeats its sequence for the same seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    const first = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(first);
    expect(new Random(43).next()).not.toBe(first[0]);
  });

  it('stays within its ranges', () => {
    const random = new Random(7);
    const floats = Array.from({ length: 10_000 }, () => random.next());
    const ints = new Set(Array.from({ length: 10_000 }, () => random.int(3, 5)));
    expect(floats.filter((value) => value < 0 || value >= 1)).toEqual([]);
    expect([...ints].sort()).toEqual([3, 4, 5]);
  });

  it('follows the weights roughly', () => {
    const random = new Random(1);
    let heavy = 0;
    for (let i = 0; i < 10_000; i += 1) {
      if (
        random.weighted([
          ['heavy', 9],
          ['light', 1],
        ] as const) === 'heavy'
      ) {
        heavy += 1;
      }
    }
    expect(heavy / 10_000).toBeCloseTo(0.9, 1);
  });

  it('samples distinct items', () => {
    const sample = new Random(5).sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(new Random(5).sample(['a'], 3)).toEqual(['a']);
  });

  it('mixes a seed and an index into distinct seeds', () => {
    const seeds = new Set(Array.from({ length: 10_000 }, (_, index) => mixSeed(1, index)));
    expect(seeds.size).toBe(10_000);
    expect(mixSeed(1, 0)).not.toBe(mixSeed(2, 0));
  });
});
