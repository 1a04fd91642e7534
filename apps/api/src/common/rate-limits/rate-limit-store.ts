import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { createClient } from 'redis';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

export interface LimitSpec {
  /** Part of the key, e.g. `login-ip`. */
  name: string;
  points: number;
  durationSeconds: number;
}

/** A counter over a fixed window; `consume` resolves with the ms to wait (0: allowed). */
export interface Limit {
  /** Counts `points` for `key`; 0 when allowed, else the ms until the window has room. */
  consume(key: string, points?: number): Promise<number>;
  /** The ms until `key` may act again without counting anything (0 when it may now). */
  blockedFor(key: string): Promise<number>;
  reset(key: string): Promise<void>;
}

/**
 * Where every limit counts: in Redis when REDIS_URL is set, so that all API processes share one
 * counter per key (login failures, chat messages, writes), else in this process's memory. When
 * Redis does not answer, each process falls back to its own memory counters (an insurance limiter)
 * instead of failing requests or letting everything through.
 */
@Injectable()
export class RateLimitStore implements OnApplicationShutdown {
  private readonly logger = new Logger(RateLimitStore.name);
  private readonly redis: ReturnType<typeof createClient> | null;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = `${config.env.REDIS_KEY_PREFIX}:limits`;
    const url = config.env.REDIS_URL;
    this.redis = url
      ? createClient({
          url,
          // Fail fast while Redis is away (the insurance limiter answers) rather than queueing.
          disableOfflineQueue: true,
          socket: { reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) },
        })
      : null;
    this.redis?.on('error', (error: Error) =>
      this.logger.warn(`Redis for rate limits: ${error.message}`),
    );
    this.redis?.connect().catch((error: Error) => {
      this.logger.warn(`Redis for rate limits not reachable yet: ${error.message}`);
    });
  }

  create(spec: LimitSpec): Limit {
    const options = {
      keyPrefix: `${this.prefix}:${spec.name}`,
      points: spec.points,
      duration: spec.durationSeconds,
    };
    const memory = new RateLimiterMemory(options);
    const limiter: RateLimiterAbstract = this.redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: this.redis,
          useRedisPackage: true,
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory;
    return {
      consume: async (key, points = 1) => {
        try {
          await limiter.consume(key, points);
          return 0;
        } catch (rejection) {
          return waitMs(rejection);
        }
      },
      blockedFor: async (key) => {
        const state = await limiter.get(key).catch(() => null);
        return state && state.consumedPoints >= spec.points ? Math.max(state.msBeforeNext, 1) : 0;
      },
      reset: async (key) => {
        await limiter.delete(key).catch(() => undefined);
      },
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis?.isOpen) {
      await this.redis.close().catch(() => undefined);
    }
  }
}

function waitMs(rejection: unknown): number {
  if (rejection instanceof RateLimiterRes) {
    return Math.max(rejection.msBeforeNext, 1);
  }
  // Neither Redis nor the insurance limiter answered: let the request through, never a 500.
  return 0;
}
