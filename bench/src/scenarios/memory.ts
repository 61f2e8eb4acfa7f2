import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchConfig } from '../subjects.js';

/** Heap held by the verified-session cache. */
export interface CacheMemory {
  bound: number;
  /** Heap growth after `bound` distinct sessions (the cache is full; one entry was there before). */
  atBoundBytes: number;
  perEntryBytes: number;
  /** Heap growth after twice as many distinct sessions (the cache must stay at its bound). */
  afterTwiceBoundBytes: number;
}

/** What the memory child process needs. */
export interface MemoryJob {
  config: BenchConfig;
  cookieName: string;
  sealed: string[];
  bound: number;
}

/**
 * Scenario 5b, in a fresh process (so nothing else the bench did is in the heap): fills a new
 * service's cache with `bound` distinct verified sessions, then `bound` more, and reports the
 * heap growth after forced GCs.
 */
export async function cacheMemory(job: MemoryJob): Promise<CacheMemory> {
  if (job.sealed.length < 2 * job.bound + 1) throw new Error('memory pool too small');
  const child = fork(fileURLToPath(new URL('../memory-host.ts', import.meta.url)), {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    return await new Promise<CacheMemory>((resolve, reject) => {
      child.once('message', (m: { result?: CacheMemory; error?: string }) =>
        m.result ? resolve(m.result) : reject(new Error(m.error)),
      );
      child.once('exit', (code) => reject(new Error(`memory process exited (${code})`)));
      child.send(job);
    });
  } finally {
    child.kill();
  }
}
