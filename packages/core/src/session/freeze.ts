/**
 * Freezes `value` and every object and array reachable from it, in place, and returns it.
 * Already-frozen objects are skipped, so shared or cyclic parts are visited once.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value as object)) {
    deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
