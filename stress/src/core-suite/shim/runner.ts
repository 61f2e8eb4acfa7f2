/** The collector and runner of the portable Vitest shim: describe/it/hooks, run in Vitest's order. */
import { checkAssertionCount, resetAssertionCount } from './expect.js';
import { realTimers } from './timers.js';

type Body = (context: { task: { name: string } }) => unknown;
type Hook = { fn: () => unknown; timeout: number };

interface TestCase {
  kind: 'test';
  name: string;
  fn: Body;
  timeout: number;
}

interface Suite {
  kind: 'suite';
  name: string;
  children: (Suite | TestCase)[];
  beforeAll: Hook[];
  afterAll: Hook[];
  beforeEach: Hook[];
  afterEach: Hook[];
}

/** Outcome of one test (or of a hook that failed outside any test). */
export interface ShimTestResult {
  name: string;
  ok: boolean;
  error?: string;
  ms: number;
}

/**
 * The core's `testTimeout` (20 s). Hooks get 30 s rather than Vitest's 10 s: the matrix shares two
 * cores with the browser and starter lanes, and a hook that starts an emulator through the parent
 * has been seen to need more than 10 s there (it takes well under one on a quiet machine).
 */
const TEST_TIMEOUT_MS = 20_000;
const HOOK_TIMEOUT_MS = 30_000;

const newSuite = (name: string): Suite => ({
  kind: 'suite',
  name,
  children: [],
  beforeAll: [],
  afterAll: [],
  beforeEach: [],
  afterEach: [],
});

const root = newSuite('');
let current = root;
let stepHook: () => Promise<void> = async () => {};
let unhandled: { reason: unknown; promise?: unknown }[] = [];

/** Sets what runs after every hook and test body (the proxies deliver queued controls there). */
export function afterEveryStep(hook: () => Promise<void>): void {
  stepHook = hook;
}

/** Records an error nobody awaited; it fails the test that is running. */
export function reportUnhandled(error: unknown, promise?: unknown): void {
  unhandled.push({ reason: error, promise });
}

/** A rejection reported as unhandled got a handler after all (workerd reports both moments). */
export function reportHandledLater(promise: unknown): void {
  unhandled = unhandled.filter((entry) => entry.promise !== promise);
}

function timeoutOf(arg: unknown, fallback: number): number {
  if (typeof arg === 'number') return arg;
  if (typeof arg === 'object' && arg !== null && 'timeout' in arg) return Number(arg.timeout);
  return fallback;
}

function addTest(name: string, a: unknown, b?: unknown): void {
  const [fn, options] = typeof a === 'function' ? [a as Body, b] : [b as Body, a];
  current.children.push({ kind: 'test', name, fn, timeout: timeoutOf(options, TEST_TIMEOUT_MS) });
}

function format(template: string, args: unknown[], index: number): string {
  let i = 0;
  return template.replace(/%[sdijfo#%]/g, (token) => {
    if (token === '%%') return '%';
    if (token === '%#') return String(index);
    const value = args[i++];
    return token === '%j' || token === '%o' ? JSON.stringify(value) : String(value);
  });
}

function eachOf(register: (name: string, fn: unknown, options?: unknown) => void) {
  return (table: unknown[]) =>
    (name: string, fn: (...args: unknown[]) => unknown, options?: unknown) => {
      table.forEach((row, index) => {
        const args = Array.isArray(row) ? row : [row];
        register(format(name, args, index), () => fn(...args), options);
      });
    };
}

/** `describe(name, body)`; the body runs now, collecting tests. */
export const describe = Object.assign(
  (name: string, body: () => void) => {
    const suite = newSuite(name);
    current.children.push(suite);
    const parent = current;
    current = suite;
    try {
      const result = body() as unknown;
      if (result instanceof Promise) throw new Error('async describe bodies are not supported');
    } finally {
      current = parent;
    }
  },
  { each: eachOf((name, fn) => describe(name, fn as () => void)) },
);

/** `it(name, fn, timeout?)` / `it(name, options, fn)`, plus `it.each`. */
export const it = Object.assign((name: string, a: unknown, b?: unknown) => addTest(name, a, b), {
  each: eachOf((name, fn, options) => addTest(name, fn, options)),
});

const hook =
  (key: 'beforeAll' | 'afterAll' | 'beforeEach' | 'afterEach') =>
  (fn: () => unknown, timeout?: number) => {
    current[key].push({ fn, timeout: timeout ?? HOOK_TIMEOUT_MS });
  };

export const beforeAll = hook('beforeAll');
export const afterAll = hook('afterAll');
export const beforeEach = hook('beforeEach');
export const afterEach = hook('afterEach');

async function step(fn: () => unknown, timeoutMs: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      Promise.resolve().then(fn),
      new Promise((_, reject) => {
        timer = realTimers.setTimeout(
          () => reject(new Error(`timed out after ${timeoutMs} ms`)),
          timeoutMs,
        );
      }),
    ]);
  } finally {
    realTimers.clearTimeout(timer);
    await stepHook();
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return `${error.name}: ${error.message}${cause === undefined ? '' : ` (cause: ${describeError(cause)})`}`;
  }
  return String(error);
}

async function runHooks(hooks: Hook[], cleanups: (() => unknown)[]): Promise<void> {
  for (const h of hooks) {
    const result = await step(h.fn, h.timeout);
    if (typeof result === 'function') cleanups.unshift(result as () => unknown);
  }
}

async function runTest(test: TestCase, chain: Suite[], name: string): Promise<ShimTestResult> {
  const started = realTimers.Date.now();
  const errors: unknown[] = [];
  const cleanups: (() => unknown)[] = [];
  unhandled = [];
  resetAssertionCount();
  try {
    for (const suite of chain) await runHooks(suite.beforeEach, cleanups);
    await step(() => test.fn({ task: { name: test.name } }), test.timeout);
    checkAssertionCount();
  } catch (error) {
    errors.push(error);
  }
  for (const suite of [...chain].reverse()) {
    for (const h of [...suite.afterEach].reverse()) {
      await step(h.fn, h.timeout).catch((error) => errors.push(error));
    }
  }
  for (const cleanup of cleanups) await step(cleanup, HOOK_TIMEOUT_MS).catch((e) => errors.push(e));
  errors.push(
    ...unhandled.map((e) => new Error(`unhandled rejection: ${describeError(e.reason)}`)),
  );
  unhandled = [];
  const ms = realTimers.Date.now() - started;
  return errors.length === 0
    ? { name, ok: true, ms }
    : { name, ok: false, ms, error: errors.map(describeError).join('; ') };
}

function allTests(suite: Suite, prefix: string): string[] {
  return suite.children.flatMap((child) =>
    child.kind === 'test'
      ? [`${prefix}${child.name}`]
      : allTests(child, `${prefix}${child.name} > `),
  );
}

async function runSuite(suite: Suite, parents: Suite[], prefix: string): Promise<ShimTestResult[]> {
  const chain = [...parents, suite];
  const results: ShimTestResult[] = [];
  const cleanups: (() => unknown)[] = [];
  const started = realTimers.Date.now();
  try {
    await runHooks(suite.beforeAll, cleanups);
  } catch (error) {
    const why = `beforeAll failed: ${describeError(error)}`;
    results.push(
      ...allTests(suite, prefix).map((name) => ({ name, ok: false, error: why, ms: 0 })),
    );
  }
  if (results.length === 0) {
    for (const child of suite.children) {
      results.push(
        ...(child.kind === 'test'
          ? [await runTest(child, chain, `${prefix}${child.name}`)]
          : await runSuite(child, chain, `${prefix}${child.name} > `)),
      );
    }
  }
  const teardown = [
    ...[...suite.afterAll].reverse().map((h) => h),
    ...cleanups.map((fn) => ({ fn, timeout: HOOK_TIMEOUT_MS })),
  ];
  for (const h of teardown) {
    await step(h.fn, h.timeout).catch((error) => {
      results.push({
        name: `${prefix || '(file) '}afterAll`,
        ok: false,
        error: describeError(error),
        ms: realTimers.Date.now() - started,
      });
    });
  }
  return results;
}

/** Runs everything collected so far, in declaration order. */
export async function runCollected(): Promise<ShimTestResult[]> {
  const results = await runSuite(root, [], '');
  if (results.length === 0) {
    results.push({ name: '(file) has tests', ok: false, error: 'no test was collected', ms: 0 });
  }
  return results;
}
