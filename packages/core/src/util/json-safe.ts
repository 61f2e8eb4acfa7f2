/**
 * A JSON-safe copy of `value`, for sealing: a `Date` becomes its ISO string (the same instant),
 * objects with `toJSON` are replaced by its result, `undefined`, functions and symbols are dropped
 * (as `JSON.stringify` does), non-finite numbers become `null` and a `bigint` its decimal string.
 * Whatever a WorkOS SDK major hands over (12 gives `Date`s, 11 strings), the seal reads the same.
 */
export function toJsonSafe(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || depth > 32) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  const withToJSON = value as { toJSON?: () => unknown };
  if (typeof withToJSON.toJSON === 'function') return toJsonSafe(withToJSON.toJSON(), depth + 1);
  if (Array.isArray(value)) return value.map((item) => toJsonSafe(item, depth + 1) ?? null);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const safe = toJsonSafe(item, depth + 1);
    if (safe !== undefined) copy[key] = safe;
  }
  return copy;
}
