/**
 * npm run bench:scheduling — 100 random visits of 200 × 200 firms and 2,000 accepted meetings.
 * Unconstrained: slots used against the lower bound max(Δ, ⌈m/T⌉). Constrained (10 % of firm
 * slots unavailable, exactly `bound` slots): meetings placed against first fit. Time per instance.
 */
import { performance } from 'node:perf_hooks';

import { greedySchedule, schedule } from '../src';
import { randomInstance, seededRandom } from '../src/testing/instances';

const INSTANCES = 100;
const FIRMS = 200;
const MEETINGS = 2000;
const TABLES = 60;

interface Row {
  bound: number;
  slotsUsed: number;
  placed: number;
  greedyPlaced: number;
  ms: number;
  cMs: number;
  cpuMs: number;
  cCpuMs: number;
}

/** CPU time of this process, so a busy machine's waiting does not count as the solver's time. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function main(): void {
  const rows: Row[] = [];
  for (let i = 0; i < INSTANCES; i++) {
    const random = seededRandom(1000 + i);
    const free = randomInstance(random, {
      sideA: FIRMS,
      sideB: FIRMS,
      meetings: MEETINGS,
      tables: TABLES,
      slots: 80,
      maxPriority: 3,
    });
    let start = performance.now();
    const cpuStart = cpuMs();
    const result = schedule(free);
    const ms = performance.now() - start;
    const cpu = cpuMs() - cpuStart;
    const bound = result.stats.lowerBound;
    const constrained = randomInstance(seededRandom(5000 + i), {
      sideA: FIRMS,
      sideB: FIRMS,
      meetings: MEETINGS,
      tables: TABLES,
      slots: bound,
      unavailableShare: 0.1,
      maxPriority: 3,
    });
    start = performance.now();
    const cCpuStart = cpuMs();
    const tight = schedule(constrained);
    const cMs = performance.now() - start;
    const cCpu = cpuMs() - cCpuStart;
    const greedy = greedySchedule(constrained);
    rows.push({
      bound,
      slotsUsed: result.stats.slotsUsed,
      placed: tight.stats.placed,
      greedyPlaced: greedy.stats.placed,
      ms,
      cMs,
      cpuMs: cpu,
      cCpuMs: cCpu,
    });
  }
  const atBound = rows.filter((row) => row.slotsUsed === row.bound).length;
  const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const ms = rows.map((row) => row.ms);
  const cMs = rows.map((row) => row.cMs);
  const lines = [
    `instances: ${INSTANCES} × (${FIRMS} + ${FIRMS} firms, ${MEETINGS} meetings, ${TABLES} tables)`,
    `unconstrained: slots used = bound in ${atBound}/${INSTANCES}; mean bound ${(sum((r) => r.bound) / INSTANCES).toFixed(1)}, mean slots used ${(sum((r) => r.slotsUsed) / INSTANCES).toFixed(1)}`,
    `unconstrained time per instance: mean ${(sum((r) => r.ms) / INSTANCES).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms (CPU mean ${(sum((r) => r.cpuMs) / INSTANCES).toFixed(1)} ms, max ${Math.max(...rows.map((r) => r.cpuMs)).toFixed(1)} ms)`,
    `constrained (10% unavailable, bound slots): placed mean ${(sum((r) => r.placed) / INSTANCES).toFixed(1)} vs first fit ${(sum((r) => r.greedyPlaced) / INSTANCES).toFixed(1)}; never fewer: ${rows.every((r) => r.placed >= r.greedyPlaced)}`,
    `constrained time per instance: mean ${(sum((r) => r.cMs) / INSTANCES).toFixed(1)} ms, p95 ${percentile(cMs, 95).toFixed(1)} ms, max ${Math.max(...cMs).toFixed(1)} ms (CPU mean ${(sum((r) => r.cCpuMs) / INSTANCES).toFixed(1)} ms, max ${Math.max(...rows.map((r) => r.cCpuMs)).toFixed(1)} ms)`,
  ];
  console.log(lines.join('\n'));
}

main();
