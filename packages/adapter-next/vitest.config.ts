import { defineConfig } from 'vitest/config';

// Vitest 5's error reporter calls Map.groupBy (Node 21+); keep failure reports readable on Node 20.
const mapWithGroupBy = Map as unknown as { groupBy?: unknown };
mapWithGroupBy.groupBy ??= <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) => {
  const groups = new Map<K, V[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

export default defineConfig({
  test: {
    setupFiles: ['./src/test-support/setup.ts'],
    globalSetup: ['./src/test-support/global-setup.ts'],
    testTimeout: 20_000,
  },
});
