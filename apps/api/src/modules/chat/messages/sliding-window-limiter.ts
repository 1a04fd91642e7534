/**
 * Counts events per key over a sliding window, in memory. Each process keeps its own counts: with
 * several API processes a user's sockets on different processes are limited separately, which
 * still bounds what one connection can push.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  private takesSinceSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one event for `key` if the window has room: 0 when allowed, else ms until it has. */
  take(key: string): number {
    const now = this.now();
    const times = this.live(key, now);
    if (times.length >= this.limit) {
      return times[0] + this.windowMs - now;
    }
    times.push(now);
    this.hits.set(key, times);
    this.sweepNowAndThen(now);
    return 0;
  }

  private live(key: string, now: number): number[] {
    const cutoff = now - this.windowMs;
    const times = this.hits.get(key) ?? [];
    let expired = 0;
    while (expired < times.length && times[expired] <= cutoff) {
      expired += 1;
    }
    return expired > 0 ? times.slice(expired) : times;
  }

  /** Forget keys that went quiet, so the map does not grow with every user ever seen. */
  private sweepNowAndThen(now: number): void {
    this.takesSinceSweep += 1;
    if (this.takesSinceSweep < 1000) {
      return;
    }
    this.takesSinceSweep = 0;
    const cutoff = now - this.windowMs;
    for (const [key, times] of this.hits) {
      if (times[times.length - 1] <= cutoff) {
        this.hits.delete(key);
      }
    }
  }
}
