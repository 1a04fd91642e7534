import { Pool } from 'pg';

/**
 * Preloaded (`node --require`, with --expose-gc) into the API process of bench:soak: answers the
 * bench's `bench:metrics` IPC message with this process's memory (after a full collection, so
 * that heap figures compare), its database pools' size, idle and waiting counts, and its open
 * handles. Only the bench's own child has it: nothing is exposed over HTTP.
 */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export interface ProcessMetrics {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  pool: { total: number; idle: number; waiting: number };
  handles: number;
}

const pools = new Set<PoolCounts>();
// eslint-disable-next-line @typescript-eslint/unbound-method -- called with its pool below
const connect = Pool.prototype.connect as (this: Pool, ...args: unknown[]) => unknown;
Pool.prototype.connect = function rememberingConnect(this: Pool, ...args: unknown[]) {
  pools.add(this);
  return connect.apply(this, args);
} as typeof Pool.prototype.connect;

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function measure(): ProcessMetrics {
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const counts = [...pools];
  const sum = (key: keyof PoolCounts) => counts.reduce((total, pool) => total + pool[key], 0);
  const withHandles = process as unknown as { _getActiveHandles(): unknown[] };
  return {
    rssMb: mb(memory.rss),
    heapUsedMb: mb(memory.heapUsed),
    heapTotalMb: mb(memory.heapTotal),
    externalMb: mb(memory.external),
    pool: { total: sum('totalCount'), idle: sum('idleCount'), waiting: sum('waitingCount') },
    handles: withHandles._getActiveHandles().length,
  };
}

if (process.send) {
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'bench:metrics') {
      process.send?.({ type: 'bench:metrics', metrics: measure() });
    }
  });
  // The IPC channel must not keep the API alive once it shuts down.
  process.channel?.unref();
}
