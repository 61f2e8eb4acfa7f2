/** The `expect` of the portable Vitest shim: the Jest-style matchers the core's tests use, and more. */
import { type AsymmetricMatcher, equals, isAsymmetric, matchesObject, show } from './equality.js';
import { isMock } from './mock-fn.js';

const callsOf = (value: unknown): unknown[][] => {
  if (!isMock(value)) throw new TypeError(`${show(value)} is not a mock function (vi.fn())`);
  return value.mock.calls;
};

type Matcher = (actual: unknown, ...args: any[]) => { pass: boolean; message: string };

const compare =
  (op: string, test: (a: number, b: number) => boolean): Matcher =>
  (actual, expected: number) => ({
    pass:
      typeof actual === 'number' || typeof actual === 'bigint'
        ? test(actual as number, expected)
        : false,
    message: `expected ${show(actual)} to be ${op} ${show(expected)}`,
  });

function thrownMatches(thrown: unknown, expected: unknown): boolean {
  if (expected === undefined) return true;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  if (typeof expected === 'string') return message.includes(expected);
  if (expected instanceof RegExp) return expected.test(message);
  if (typeof expected === 'function') return thrown instanceof expected;
  if (isAsymmetric(expected)) return expected.asymmetricMatch(thrown);
  if (expected instanceof Error) return message === expected.message;
  if (typeof expected === 'object' && expected !== null) return matchesObject(thrown, expected);
  return false;
}

const NO_THROW = Symbol('no throw');

/** Every matcher: `actual` first, then the matcher's own arguments. */
const matchers = {
  toBe: (actual, expected) => ({
    pass: Object.is(actual, expected),
    message: `expected ${show(actual)} to be ${show(expected)}`,
  }),
  toEqual: (actual, expected) => ({
    pass: equals(actual, expected),
    message: `expected ${show(actual)} to equal ${show(expected)}`,
  }),
  toStrictEqual: (actual, expected) => ({
    pass: equals(actual, expected, true),
    message: `expected ${show(actual)} to strictly equal ${show(expected)}`,
  }),
  toMatchObject: (actual, expected) => ({
    pass: matchesObject(actual, expected),
    message: `expected ${show(actual)} to match object ${show(expected)}`,
  }),
  toBeUndefined: (actual) => ({
    pass: actual === undefined,
    message: `expected ${show(actual)} to be undefined`,
  }),
  toBeDefined: (actual) => ({
    pass: actual !== undefined,
    message: `expected ${show(actual)} to be defined`,
  }),
  toBeNull: (actual) => ({ pass: actual === null, message: `expected ${show(actual)} to be null` }),
  toBeNaN: (actual) => ({
    pass: Number.isNaN(actual),
    message: `expected ${show(actual)} to be NaN`,
  }),
  toBeTruthy: (actual) => ({
    pass: Boolean(actual),
    message: `expected ${show(actual)} to be truthy`,
  }),
  toBeFalsy: (actual) => ({ pass: !actual, message: `expected ${show(actual)} to be falsy` }),
  toBeTypeOf: (actual, type: string) => ({
    pass: typeof actual === type,
    message: `expected ${show(actual)} to be of type ${type}`,
  }),
  toBeInstanceOf: (actual, type: new (...args: never[]) => unknown) => ({
    pass: actual instanceof type,
    message: `expected ${show(actual)} to be an instance of ${type?.name}`,
  }),
  toBeGreaterThan: compare('>', (a, b) => a > b),
  toBeGreaterThanOrEqual: compare('>=', (a, b) => a >= b),
  toBeLessThan: compare('<', (a, b) => a < b),
  toBeLessThanOrEqual: compare('<=', (a, b) => a <= b),
  toBeCloseTo: (actual, expected: number, digits = 2) => ({
    pass: Math.abs((actual as number) - expected) < 10 ** -digits / 2,
    message: `expected ${show(actual)} to be close to ${expected}`,
  }),
  toHaveLength: (actual, length: number) => ({
    pass: (actual as { length?: unknown } | null)?.length === length,
    message: `expected ${show(actual)} to have length ${length} (has ${show((actual as { length?: unknown } | null)?.length)})`,
  }),
  toContain: (actual, item) => ({
    pass:
      typeof actual === 'string'
        ? actual.includes(item as string)
        : Array.from((actual ?? []) as Iterable<unknown>).includes(item),
    message: `expected ${show(actual)} to contain ${show(item)}`,
  }),
  toContainEqual: (actual, item) => ({
    pass: Array.from((actual ?? []) as Iterable<unknown>).some((value) => equals(value, item)),
    message: `expected ${show(actual)} to contain an item equal to ${show(item)}`,
  }),
  toMatch: (actual, pattern: string | RegExp) => ({
    pass:
      typeof actual === 'string' &&
      (typeof pattern === 'string' ? actual.includes(pattern) : pattern.test(actual)),
    message: `expected ${show(actual)} to match ${show(pattern)}`,
  }),
  toHaveProperty: (actual, path: string | string[], ...value: unknown[]) => {
    const keys = Array.isArray(path) ? path : path.split('.');
    let current: unknown = actual;
    let found = true;
    for (const key of keys) {
      if (current === null || current === undefined || !(key in Object(current))) {
        found = false;
        break;
      }
      current = (current as Record<string, unknown>)[key];
    }
    return {
      pass: found && (value.length === 0 || equals(current, value[0])),
      message: `expected ${show(actual)} to have property ${keys.join('.')}${value.length ? ` = ${show(value[0])}` : ''}`,
    };
  },
  toHaveBeenCalled: (spy) => ({
    pass: callsOf(spy).length > 0,
    message: `expected the mock to have been called (called ${callsOf(spy).length} times)`,
  }),
  toHaveBeenCalledTimes: (spy, times: number) => ({
    pass: callsOf(spy).length === times,
    message: `expected the mock to have been called ${times} times (called ${callsOf(spy).length})`,
  }),
  toHaveBeenCalledWith: (spy, ...args: unknown[]) => ({
    pass: callsOf(spy).some((call) => equals(call, args)),
    message: `expected the mock to have been called with ${show(args)} (calls: ${show(callsOf(spy))})`,
  }),
  toHaveBeenLastCalledWith: (spy, ...args: unknown[]) => ({
    pass: equals(callsOf(spy).at(-1), args),
    message: `expected the last call to be ${show(args)} (was ${show(callsOf(spy).at(-1))})`,
  }),
  toThrow: (thrown, expected) => ({
    pass: thrown !== NO_THROW && thrownMatches(thrown, expected),
    message:
      thrown === NO_THROW
        ? 'expected the function to throw'
        : `expected thrown ${show(thrown)} to match ${show(expected)}`,
  }),
} satisfies Record<string, Matcher>;

const allMatchers: Record<keyof typeof matchers | 'toThrowError', Matcher> = {
  ...matchers,
  toThrowError: matchers.toThrow,
};

/** An assertion failure, as Vitest's would read. */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

function callFor(fn: unknown): unknown {
  if (typeof fn !== 'function') throw new TypeError(`expected a function, got ${show(fn)}`);
  try {
    fn();
  } catch (error) {
    return error;
  }
  return NO_THROW;
}

type Chain = Record<keyof typeof allMatchers, (...args: any[]) => any> & {
  not: Chain;
  resolves: Chain;
  rejects: Chain;
};

let assertionCount = 0;

function chain(
  actual: unknown,
  negate: boolean,
  mode: 'sync' | 'resolves' | 'rejects',
  label?: string,
): Chain {
  const target: Record<string, unknown> = {};
  for (const [name, matcher] of Object.entries(allMatchers)) {
    const run = (value: unknown, args: unknown[]) => {
      assertionCount++;
      const input = mode === 'sync' && name.startsWith('toThrow') ? callFor(value) : value;
      const { pass, message } = matcher(input, ...args);
      const text = negate ? message.replace(' to ', ' not to ') : message;
      if (pass === negate) throw new AssertionError(label ? `${label}: ${text}` : text);
    };
    target[name] = (...args: unknown[]) => {
      if (mode === 'sync') return run(actual, args);
      return Promise.resolve(actual).then(
        (value) => {
          if (mode === 'rejects')
            throw new AssertionError(`promise resolved ${show(value)} instead of rejecting`);
          return run(value, args);
        },
        (error) => {
          if (mode === 'resolves')
            throw new AssertionError(`promise rejected ${show(error)} instead of resolving`);
          return run(error, args);
        },
      );
    };
  }
  Object.defineProperty(target, 'not', { get: () => chain(actual, !negate, mode, label) });
  Object.defineProperty(target, 'resolves', {
    get: () => chain(actual, negate, 'resolves', label),
  });
  Object.defineProperty(target, 'rejects', { get: () => chain(actual, negate, 'rejects', label) });
  return target as Chain;
}

function asymmetric(description: string, test: (actual: unknown) => boolean): AsymmetricMatcher {
  return { asymmetricMatch: test, toString: () => description };
}

/** Vitest's `expect`, with the asymmetric matchers and assertion counting. */
export const expect = Object.assign(
  (actual: unknown, label?: string) => chain(actual, false, 'sync', label),
  {
    arrayContaining: (items: unknown[]) =>
      asymmetric(
        `ArrayContaining ${show(items)}`,
        (actual) =>
          Array.isArray(actual) && items.every((item) => actual.some((a) => equals(a, item))),
      ),
    objectContaining: (object: Record<string, unknown>) =>
      asymmetric(
        `ObjectContaining ${show(object)}`,
        (actual) =>
          typeof actual === 'object' &&
          actual !== null &&
          Object.entries(object).every(([k, v]) =>
            equals((actual as Record<string, unknown>)[k], v),
          ),
      ),
    stringContaining: (text: string) =>
      asymmetric(
        `StringContaining ${show(text)}`,
        (actual) => typeof actual === 'string' && actual.includes(text),
      ),
    stringMatching: (pattern: string | RegExp) =>
      asymmetric(
        `StringMatching ${show(pattern)}`,
        (actual) => typeof actual === 'string' && new RegExp(pattern).test(actual),
      ),
    any: (type: unknown) =>
      asymmetric(`Any<${(type as { name?: string }).name}>`, (actual) =>
        type === String
          ? typeof actual === 'string'
          : type === Number
            ? typeof actual === 'number'
            : type === Boolean
              ? typeof actual === 'boolean'
              : type === Function
                ? typeof actual === 'function'
                : actual instanceof (type as new () => unknown),
      ),
    anything: () => asymmetric('Anything', (actual) => actual !== null && actual !== undefined),
    assertions: (count: number) => {
      expectedAssertions = count;
    },
    hasAssertions: () => {
      expectedAssertions = -1;
    },
  },
);

let expectedAssertions: number | undefined;

/** Starts counting assertions for one test. */
export function resetAssertionCount(): void {
  assertionCount = 0;
  expectedAssertions = undefined;
}

/** Fails when the test asked for `expect.assertions(n)` / `hasAssertions()` and did not get them. */
export function checkAssertionCount(): void {
  if (expectedAssertions === -1 && assertionCount === 0) {
    throw new AssertionError('expected at least one assertion to be called');
  }
  if (
    expectedAssertions !== undefined &&
    expectedAssertions >= 0 &&
    assertionCount !== expectedAssertions
  ) {
    throw new AssertionError(`expected ${expectedAssertions} assertions, got ${assertionCount}`);
  }
}
