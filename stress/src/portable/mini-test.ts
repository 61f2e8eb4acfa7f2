/** A test runner small enough to bundle into any JavaScript runtime (no Node APIs). */

/** Values every portable test receives: where the emulator is and how to reach it. */
export interface PortableContext {
  emulatorUrl: string;
  clientId: string;
  apiKey: string;
  /** Name of the runtime executing the suite (for messages only). */
  runtime: string;
}

/** One test: a name and an async body that throws on failure. */
export interface PortableTest {
  name: string;
  run: (ctx: PortableContext) => Promise<void>;
}

/** Outcome of one test. */
export interface PortableTestResult {
  name: string;
  ok: boolean;
  error?: string;
  ms: number;
}

/** Outcome of a whole suite run in one runtime. */
export interface PortableRunReport {
  runtime: string;
  results: PortableTestResult[];
  passed: number;
  failed: number;
}

/** Builds a list of tests with a `test(name, fn)` call style. */
export function defineSuite(
  prefix: string,
  body: (test: (name: string, run: PortableTest['run']) => void) => void,
): PortableTest[] {
  const tests: PortableTest[] = [];
  body((name, run) => tests.push({ name: `${prefix} › ${name}`, run }));
  return tests;
}

/** Throws with `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

/** Throws unless `actual` and `expected` are strictly equal. */
export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) {
    throw new Error(
      `assertion failed: ${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }
}

/** Runs `fn` and returns the error it throws; fails when it does not throw. */
export async function assertRejects(fn: () => Promise<unknown>, what: string): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error(`assertion failed: ${what}: expected an error, none was thrown`);
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const suffix = cause === undefined ? '' : ` (cause: ${describeError(cause)})`;
    return `${error.name}: ${error.message}${suffix}`;
  }
  return String(error);
}

/** Runs every test in order, each bounded by `timeoutMs`, and reports the outcome. */
export async function runTests(
  tests: PortableTest[],
  ctx: PortableContext,
  timeoutMs = 20_000,
): Promise<PortableRunReport> {
  const results: PortableTestResult[] = [];
  for (const test of tests) {
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        test.run(ctx),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      results.push({ name: test.name, ok: true, ms: Date.now() - started });
    } catch (error) {
      results.push({
        name: test.name,
        ok: false,
        error: describeError(error),
        ms: Date.now() - started,
      });
    } finally {
      clearTimeout(timer);
    }
  }
  const passed = results.filter((r) => r.ok).length;
  return { runtime: ctx.runtime, results, passed, failed: results.length - passed };
}
