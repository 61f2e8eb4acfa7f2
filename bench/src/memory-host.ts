/**
 * Child process of the memory scenario. Each request gets a freshly built Cookie header, as an
 * HTTP server would parse it, so whatever the cache keeps of it is counted.
 */
import type { CacheMemory, MemoryJob } from './scenarios/memory.js';
import { ourSubject } from './subjects.js';

async function settledHeap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

async function measure(job: MemoryJob): Promise<CacheMemory> {
  const { bound, sealed } = job;
  const sender = (withAuth: ReturnType<typeof ourSubject>) => async (value: string) => {
    const cookie = `${job.cookieName}=${value}`;
    const outcome = await withAuth(new Request('http://localhost/', { headers: { cookie } }));
    if (!outcome.signedIn) throw new Error('a valid session read as signed out');
  };
  // Services with equal settings share one process-wide cache: warm up with other settings.
  const warm = sender(ourSubject(job.config, { sessionCacheSize: bound + 1 }));
  for (let i = 0; i < Math.min(bound, 300); i++) await warm(sealed[i] as string);

  const send = sender(ourSubject(job.config, { sessionCacheSize: bound }));
  await send(sealed[2 * bound] as string);
  const before = await settledHeap();
  for (let i = 0; i < bound; i++) await send(sealed[i] as string);
  const atBound = (await settledHeap()) - before;
  for (let i = bound; i < 2 * bound; i++) await send(sealed[i] as string);
  const afterTwice = (await settledHeap()) - before;
  return {
    bound,
    atBoundBytes: atBound,
    perEntryBytes: Math.round(atBound / (bound - 1)),
    afterTwiceBoundBytes: afterTwice,
  };
}

process.once('message', (job: MemoryJob) => {
  measure(job).then(
    (result) => process.send?.({ result }),
    (error) => process.send?.({ error: String(error) }),
  );
});
