/**
 * The runtime side of the control channel to the matrix parent. Test helpers whose methods are
 * synchronous in Node (`emulator.calls()`, `setClockOffset()`, `jwks.hits`, …) queue their changes
 * here and read a mirror of the parent's state. The queue is delivered before every `fetch` and
 * after every hook and test body; the mirror is refreshed after every `fetch`, so a test sees the
 * same values it would see in Node.
 */
import { reportUnhandled } from '../shim/runner.js';

/** One queued control: a method of a live helper object in the parent. */
interface Op {
  target: string;
  method: string;
  args: unknown[];
}

type Snapshot = Record<string, Record<string, unknown>>;

const store = globalThis as { __portableRealFetch?: typeof fetch };
/** The runtime's own `fetch`, kept once per runtime so files loaded later never wrap a wrapper. */
store.__portableRealFetch ??= globalThis.fetch.bind(globalThis);
const realFetch: typeof fetch = store.__portableRealFetch;
let controlUrl = '';
let chain: Promise<void> = Promise.resolve();
let epoch = 0;
const queue: { op: Op; settle?: (value: unknown) => void }[] = [];
const live = new Set<string>();
let mirror: Snapshot = {};
const placeholders = new Map<string, string>();

/** Calls the parent's control server; throws with its message when it refuses. */
export async function control(path: string, body: unknown = {}): Promise<any> {
  const response = await realFetch(`${controlUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const data = (await response.json()) as { error?: string };
  if (!response.ok) throw new Error(data.error ?? `control ${path}: ${response.status}`);
  return data;
}

/** The mirrored state of one live helper object. */
export function mirrorOf(target: string): Record<string, unknown> {
  mirror[target] ??= {};
  return mirror[target];
}

/** Queues a call of `method` on `target`; `settle` receives its result once delivered. */
export function enqueue(op: Op, settle?: (value: unknown) => void): void {
  queue.push({ op, settle });
  epoch++;
}

/** Marks a helper object as live (its mirror is kept fresh) or stopped. */
export function setLive(target: string, isLive: boolean): void {
  if (isLive) live.add(target);
  else {
    live.delete(target);
    delete mirror[target];
  }
}

/** A value standing for a result the parent has not produced yet (swapped in outgoing requests). */
export function placeholder(kind: string): { token: string; resolve: (value: unknown) => void } {
  const token = `portable_pending_${kind}_${placeholders.size}_${Date.now()}`;
  placeholders.set(token, token);
  return { token, resolve: (value) => placeholders.set(token, String(value)) };
}

/** Delivers the queue and refreshes the mirror (serialised: answers apply in order). */
export function sync(): Promise<void> {
  const next = chain.then(async () => {
    if (queue.length === 0 && live.size === 0) return;
    const batch = queue.splice(0);
    const at = epoch;
    const answer = (await control('/sync', { ops: batch.map((b) => b.op) })) as {
      results: { ok: boolean; value?: unknown; error?: string }[];
      snapshot: Snapshot;
    };
    answer.results.forEach((result, i) => {
      const entry = batch[i];
      if (!entry) return;
      if (result.ok) {
        try {
          entry.settle?.(result.value);
        } catch (error) {
          reportUnhandled(error);
        }
      } else reportUnhandled(new Error(`${entry.op.method}() in the parent: ${result.error}`));
    });
    if (epoch === at) mirror = answer.snapshot;
  });
  chain = next.catch(() => {});
  return next;
}

function swap(text: string): string {
  let out = text;
  for (const [token, value] of placeholders) {
    if (token !== value && out.includes(token)) out = out.replaceAll(token, value);
  }
  return out;
}

async function wrappedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (queue.length === 0 && live.size === 0) return realFetch(input, init);
  await sync();
  let target: RequestInfo | URL = input;
  let options = init;
  if (typeof input === 'string' || input instanceof URL) target = swap(String(input));
  if (typeof init?.body === 'string') options = { ...init, body: swap(init.body) };
  if (init?.body instanceof URLSearchParams) {
    options = { ...init, body: new URLSearchParams(swap(init.body.toString())) };
  }
  try {
    return await realFetch(target, options);
  } finally {
    await sync();
  }
}

/** Points the channel at the parent and routes `fetch` through the queue. */
export function connect(url: string): void {
  controlUrl = url;
  globalThis.fetch = wrappedFetch as typeof fetch;
}
