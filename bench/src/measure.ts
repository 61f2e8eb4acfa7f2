import { median, quantile, sortedCopy } from './stats.js';

/** One contender in a comparison: runs its operation number `i` (i counts up across rounds). */
export interface Contender {
  name: string;
  /** Operations timed per round (a fast contender needs more to fill a round). */
  opsPerRound: number;
  op(i: number): Promise<unknown>;
}

/** Per-contender figures of a comparison. */
export interface ContenderStats {
  name: string;
  ops: number;
  /** Median per-operation latency in microseconds. */
  medianUs: number;
  /** 99th percentile per-operation latency in microseconds. */
  p99Us: number;
  /** Median over rounds of operations per second. */
  opsPerSec: number;
  /** Operations per second of every round, in order. */
  roundOpsPerSec: number[];
}

/** How a comparison runs. */
export interface CompareOptions {
  rounds: number;
  /** Untimed operations per contender before the first round. */
  warmupOps: number | ((name: string) => number);
}

const gc = (globalThis as { gc?: () => void }).gc;

async function timedRound(
  contender: Contender,
  start: number,
  latencies: number[],
): Promise<number> {
  const n = contender.opsPerRound;
  const began = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await contender.op(start + i);
    latencies.push(performance.now() - t0);
  }
  return n / ((performance.now() - began) / 1000);
}

/**
 * Runs contenders in interleaved rounds (the order rotates every round, a forced GC before each
 * batch) so that machine noise lands on all of them alike. Returns per-contender statistics.
 */
export async function compare(
  contenders: Contender[],
  options: CompareOptions,
): Promise<ContenderStats[]> {
  const next = new Map<string, number>();
  for (const c of contenders) {
    const warm =
      typeof options.warmupOps === 'function' ? options.warmupOps(c.name) : options.warmupOps;
    for (let i = 0; i < warm; i++) await c.op(i);
    next.set(c.name, warm);
  }
  const latencies = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const throughput = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < options.rounds; round++) {
    const order = contenders.map(
      (_, k) => contenders[(k + round) % contenders.length] as Contender,
    );
    if (round % 2) order.reverse();
    for (const c of order) {
      gc?.();
      const start = next.get(c.name) as number;
      throughput.get(c.name)?.push(await timedRound(c, start, latencies.get(c.name) as number[]));
      next.set(c.name, start + c.opsPerRound);
    }
  }
  return contenders.map((c) => {
    const sorted = sortedCopy(latencies.get(c.name) as number[]);
    const rounds = throughput.get(c.name) as number[];
    return {
      name: c.name,
      ops: sorted.length,
      medianUs: quantile(sorted, 0.5) * 1000,
      p99Us: quantile(sorted, 0.99) * 1000,
      opsPerSec: median(rounds),
      roundOpsPerSec: rounds,
    };
  });
}

/** Median over rounds of a's throughput divided by b's (rounds are paired in time). */
export function pairedRatio(a: ContenderStats, b: ContenderStats): number {
  return median(a.roundOpsPerSec.map((x, k) => x / (b.roundOpsPerSec[k] as number)));
}

/** Smallest and largest per-round ratio of a's throughput to b's. */
export function ratioSpread(a: ContenderStats, b: ContenderStats): [number, number] {
  const ratios = a.roundOpsPerSec.map((x, k) => x / (b.roundOpsPerSec[k] as number));
  return [Math.min(...ratios), Math.max(...ratios)];
}
