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
  /** Operations per second of every round (ops / wall time), in order. */
  roundOpsPerSec: number[];
  /** Median latency of every round in microseconds, in order. */
  roundMedianUs: number[];
}

/** How a comparison runs. */
export interface CompareOptions {
  rounds: number;
  /** Untimed operations per contender before the first round. */
  warmupOps: number | ((name: string) => number);
  /**
   * `batch` (default): each contender runs its round's operations back to back, contenders one
   * after the other. `alternate`: operation by operation in turn (A B C, C B A, ...), for slow
   * operations whose comparison must not depend on a noise burst hitting one contender's batch.
   */
  mode?: 'batch' | 'alternate';
}

const gc = (globalThis as { gc?: () => void }).gc;

/** One contender's figures for one round. */
interface RoundResult {
  opsPerSec: number;
  medianUs: number;
}

async function timedRound(
  contender: Contender,
  start: number,
  latencies: number[],
): Promise<RoundResult> {
  const n = contender.opsPerRound;
  const round = new Float64Array(n);
  const began = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await contender.op(start + i);
    round[i] = performance.now() - t0;
  }
  const opsPerSec = n / ((performance.now() - began) / 1000);
  for (const latency of round) latencies.push(latency);
  return { opsPerSec, medianUs: quantile(round.sort(), 0.5) * 1000 };
}

async function alternatingRound(
  order: Contender[],
  next: Map<string, number>,
  latencies: Map<string, number[]>,
): Promise<RoundResult[]> {
  const n = Math.min(...order.map((c) => c.opsPerRound));
  const rounds = order.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < order.length; k++) {
      const c = (i % 2 ? order[order.length - 1 - k] : order[k]) as Contender;
      const slot = i % 2 ? order.length - 1 - k : k;
      const t0 = performance.now();
      await c.op((next.get(c.name) as number) + i);
      (rounds[slot] as Float64Array)[i] = performance.now() - t0;
    }
  }
  return order.map((c, k) => {
    const round = rounds[k] as Float64Array;
    const total = round.reduce((a, b) => a + b, 0);
    for (const latency of round) latencies.get(c.name)?.push(latency);
    return { opsPerSec: n / (total / 1000), medianUs: quantile(round.sort(), 0.5) * 1000 };
  });
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
  const medians = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const record = (c: Contender, result: RoundResult) => {
    throughput.get(c.name)?.push(result.opsPerSec);
    medians.get(c.name)?.push(result.medianUs);
    next.set(c.name, (next.get(c.name) as number) + c.opsPerRound);
  };
  for (let round = 0; round < options.rounds; round++) {
    const order = contenders.map(
      (_, k) => contenders[(k + round) % contenders.length] as Contender,
    );
    if (round % 2) order.reverse();
    if (options.mode === 'alternate') {
      gc?.();
      const results = await alternatingRound(order, next, latencies);
      for (const [k, c] of order.entries()) record(c, results[k] as RoundResult);
      continue;
    }
    for (const c of order) {
      gc?.();
      record(c, await timedRound(c, next.get(c.name) as number, latencies.get(c.name) as number[]));
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
      roundMedianUs: medians.get(c.name) as number[],
    };
  });
}

function roundRatios(a: ContenderStats, b: ContenderStats, by: 'median' | 'mean'): number[] {
  if (by === 'mean') return a.roundOpsPerSec.map((x, k) => x / (b.roundOpsPerSec[k] as number));
  return a.roundMedianUs.map((x, k) => (b.roundMedianUs[k] as number) / x);
}

/**
 * How many times faster `a` is than `b`: per round (a and b ran back to back), the ratio of the
 * rates of a typical request (1 / median latency), then the median over rounds. With
 * `by: 'mean'`, the per-round rates are ops / wall time instead.
 */
export function pairedRatio(
  a: ContenderStats,
  b: ContenderStats,
  by: 'median' | 'mean' = 'median',
): number {
  return median(roundRatios(a, b, by));
}

/** Smallest and largest per-round ratio (see {@link pairedRatio}). */
export function ratioSpread(
  a: ContenderStats,
  b: ContenderStats,
  by: 'median' | 'mean' = 'median',
): [number, number] {
  const ratios = roundRatios(a, b, by);
  return [Math.min(...ratios), Math.max(...ratios)];
}
