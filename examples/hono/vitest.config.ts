import { defineConfig } from 'vitest/config';

// Node 20 lacks Map.groupBy, which Vitest 5's failure reporter uses.
const MapStatics = Map as unknown as { groupBy?: unknown };
if (typeof MapStatics.groupBy !== 'function') {
  MapStatics.groupBy = (items: Iterable<unknown>, keyOf: (item: unknown, i: number) => unknown) => {
    const result = new Map<unknown, unknown[]>();
    let i = 0;
    for (const item of items) {
      const key = keyOf(item, i++);
      result.set(key, [...(result.get(key) ?? []), item]);
    }
    return result;
  };
}

export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
