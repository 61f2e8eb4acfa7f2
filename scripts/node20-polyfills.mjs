// Loaded with `node --import` by the test command: Vitest 5's reporter calls Map.groupBy (Node 21+),
// and without it a failing test on Node 20 prints a TypeError instead of the failure.
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = (items, keyOf) => {
    const groups = new Map();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}
