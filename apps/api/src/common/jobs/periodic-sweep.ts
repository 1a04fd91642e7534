import type { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';

/**
 * A job every API process runs on a timer (reminders, digests). The sweeps themselves make
 * several processes safe (each item is claimed by a row's primary key or a lock in its own
 * transaction); this base only keeps one sweep at a time per process, never holds a stopping
 * process open, and waits for the sweep under way at shutdown.
 */
export abstract class PeriodicSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected abstract readonly logger: Logger;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  /** Seconds between sweeps; 0 turns the job off in this process. */
  protected abstract intervalSeconds(): number;

  /** One pass over what is due; the number of items this process handled. */
  protected abstract sweepOnce(now: Date): Promise<number>;

  onApplicationBootstrap(): void {
    const seconds = this.intervalSeconds();
    if (seconds > 0) {
      this.timer = setInterval(() => {
        this.sweep().catch((error: unknown) => this.logger.error(error));
      }, seconds * 1000);
      // The sweep never keeps a stopping process alive.
      this.timer.unref();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
    }
    await this.running?.catch(() => undefined);
  }

  /** One sweep (one at a time per process); tests call it to run a sweep now. */
  sweep(now = new Date()): Promise<number> {
    this.running ??= this.sweepOnce(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
