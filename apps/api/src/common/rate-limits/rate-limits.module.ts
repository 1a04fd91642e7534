import { Global, Module } from '@nestjs/common';
import { RateLimitStore } from './rate-limit-store';

/** One store of limit counters per application (one Redis connection when REDIS_URL is set). */
@Global()
@Module({ providers: [RateLimitStore], exports: [RateLimitStore] })
export class RateLimitsModule {}
