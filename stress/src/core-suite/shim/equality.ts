/** Deep equality and value printing with Vitest's `toEqual` / `toStrictEqual` / `toMatchObject` rules. */

/** A value that decides by itself whether it matches (`expect.arrayContaining(...)` and friends). */
export interface AsymmetricMatcher {
  asymmetricMatch(actual: unknown): boolean;
  toString(): string;
}

/** Whether `value` is an asymmetric matcher. */
export function isAsymmetric(value: unknown): value is AsymmetricMatcher {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AsymmetricMatcher).asymmetricMatch === 'function'
  );
}

function bytes(value: object): Uint8Array {
  return ArrayBuffer.isView(value)
    ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
    : new Uint8Array(value as ArrayBuffer);
}

const tag = (value: unknown) => Object.prototype.toString.call(value);

function ownKeys(value: object, strict: boolean): (string | symbol)[] {
  const keys: (string | symbol)[] = Object.keys(value);
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
  }
  if (strict) return keys;
  return keys.filter((key) => (value as Record<string | symbol, unknown>)[key] !== undefined);
}

/** Vitest's recursive equality; `strict` adds type, `undefined`-property and sparseness checks. */
export function equals(a: unknown, b: unknown, strict = false, seen = new Map()): boolean {
  if (isAsymmetric(b)) return b.asymmetricMatch(a);
  if (isAsymmetric(a)) return a.asymmetricMatch(b);
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (tag(a) !== tag(b)) return false;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (tag(a) === '[object Date]') return Object.is((a as Date).getTime(), (b as Date).getTime());
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Error) {
    const e = b as Error;
    if (a.name !== e.name || a.message !== e.message) return false;
  }
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    if (a.size !== other.size) return false;
    for (const [key, value] of a) {
      if (!other.has(key) || !equals(value, other.get(key), strict, seen)) return false;
    }
    return true;
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    if (a.size !== other.size) return false;
    for (const value of a) {
      if (!other.has(value) && ![...other].some((o) => equals(value, o, strict, seen))) {
        return false;
      }
    }
    return true;
  }
  if (ArrayBuffer.isView(a) || a instanceof ArrayBuffer) {
    const left = bytes(a);
    const right = bytes(b);
    return left.length === right.length && left.every((byte, i) => byte === right[i]);
  }
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (strict && i in a !== i in other) return false;
      if (!equals(a[i], other[i], strict, seen)) return false;
    }
    return true;
  }
  const left = ownKeys(a, strict);
  const right = ownKeys(b, strict);
  if (left.length !== right.length) return false;
  const record = a as Record<string | symbol, unknown>;
  const other = b as Record<string | symbol, unknown>;
  return left.every(
    (key) => Object.hasOwn(b, key) && equals(record[key], other[key], strict, seen),
  );
}

/** `toMatchObject`: every property of `expected` is found (recursively) in `actual`. */
export function matchesObject(actual: unknown, expected: unknown): boolean {
  if (isAsymmetric(expected)) return expected.asymmetricMatch(actual);
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, i) => matchesObject(actual[i], item))
    );
  }
  if (
    typeof expected !== 'object' ||
    expected === null ||
    tag(expected) === '[object Date]' ||
    expected instanceof Error
  ) {
    return equals(actual, expected);
  }
  if (typeof actual !== 'object' || actual === null) return false;
  return Object.keys(expected).every(
    (key) =>
      key in actual &&
      matchesObject(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
      ),
  );
}

/** A short, readable rendering of a value for failure messages. */
export function show(value: unknown, depth = 0): string {
  if (isAsymmetric(value)) return value.toString();
  if (typeof value === 'string')
    return JSON.stringify(value.length > 300 ? `${value.slice(0, 300)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  if (typeof value !== 'object' || value === null) return String(value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (tag(value) === '[object Date]') return `Date(${(value as Date).getTime()})`;
  if (depth > 3) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const items = value.slice(0, 20).map((item) => show(item, depth + 1));
    return `[${items.join(', ')}${value.length > 20 ? `, … ${value.length - 20} more` : ''}]`;
  }
  if (value instanceof Map) return `Map(${show([...value.entries()], depth + 1)})`;
  if (value instanceof Set) return `Set(${show([...value], depth + 1)})`;
  const entries = Object.entries(value).slice(0, 30);
  const name =
    value.constructor && value.constructor !== Object ? `${value.constructor.name} ` : '';
  return `${name}{${entries.map(([k, v]) => `${k}: ${show(v, depth + 1)}`).join(', ')}}`;
}
