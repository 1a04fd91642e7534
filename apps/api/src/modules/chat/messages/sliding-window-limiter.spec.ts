import { SlidingWindowLimiter } from './sliding-window-limiter';

describe('SlidingWindowLimiter', () => {
  let clock: number;
  const limiter = () => new SlidingWindowLimiter(3, 10_000, () => clock);

  beforeEach(() => {
    clock = 1_000_000;
  });

  it('allows up to the limit in a window, then says how long to wait', () => {
    const subject = limiter();
    expect([subject.take('a'), subject.take('a'), subject.take('a')]).toEqual([0, 0, 0]);
    clock += 4_000;
    expect(subject.take('a')).toBe(6_000);
  });

  it('frees a slot when the oldest event leaves the window', () => {
    const subject = limiter();
    subject.take('a');
    clock += 5_000;
    subject.take('a');
    subject.take('a');
    clock += 5_000;
    expect(subject.take('a')).toBe(0);
    expect(subject.take('a')).toBeGreaterThan(0);
  });

  it('counts refused attempts as nothing', () => {
    const subject = limiter();
    for (let i = 0; i < 10; i += 1) {
      subject.take('a');
    }
    clock += 10_000;
    expect(subject.take('a')).toBe(0);
  });

  it('keeps keys apart', () => {
    const subject = limiter();
    [1, 2, 3].forEach(() => subject.take('a'));
    expect(subject.take('b')).toBe(0);
  });

  it('forgets quiet keys', () => {
    const subject = limiter();
    subject.take('quiet');
    clock += 20_000;
    for (let i = 0; i < 1000; i += 1) {
      subject.take(`k${i}`);
    }
    expect((subject as unknown as { hits: Map<string, number[]> }).hits.has('quiet')).toBe(false);
  });
});
