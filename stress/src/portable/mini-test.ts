/** How the portable suites are written (no Node APIs): `defineSuite` and small assertions. They run as
 * `it()`s of the matrix's Vitest shim (see `matrix-file.ts`). */

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
