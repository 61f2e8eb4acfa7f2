import type { MintedCookie } from '../sessions.js';
import type { Subject } from '../subjects.js';
import { requestWith } from './with-auth.js';

/** Heap held by the verified-session cache. */
export interface CacheMemory {
  bound: number;
  /** Heap growth after `bound` distinct sessions (the cache is full; one entry was there before). */
  atBoundBytes: number;
  perEntryBytes: number;
  /** Heap growth after twice as many distinct sessions (the cache must stay at its bound). */
  afterTwiceBoundBytes: number;
}

async function settledHeap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

/**
 * Fills a fresh service's cache with `bound` distinct verified sessions and measures the heap
 * delta (requests are built beforehand, so only what the service retains is counted).
 */
export async function cacheMemory(
  freshOurs: Subject,
  pool: MintedCookie[],
  bound: number,
): Promise<CacheMemory> {
  if (pool.length < 2 * bound + 1) throw new Error('memory pool too small');
  const requests = pool.slice(0, 2 * bound + 1).map(requestWith);
  for (const request of requests) request.headers.get('cookie');
  await freshOurs(requests[2 * bound] as Request);
  const before = await settledHeap();
  for (let i = 0; i < bound; i++) await freshOurs(requests[i] as Request);
  const atBound = (await settledHeap()) - before;
  for (let i = bound; i < 2 * bound; i++) await freshOurs(requests[i] as Request);
  const afterTwice = (await settledHeap()) - before;
  return {
    bound,
    atBoundBytes: atBound,
    perEntryBytes: Math.round(atBound / (bound - 1)),
    afterTwiceBoundBytes: afterTwice,
  };
}
