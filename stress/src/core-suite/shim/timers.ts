/** The runtime's own timers, captured before any test can fake them. */
export const realTimers = {
  setTimeout: globalThis.setTimeout.bind(globalThis),
  clearTimeout: globalThis.clearTimeout.bind(globalThis),
  setInterval: globalThis.setInterval.bind(globalThis),
  clearInterval: globalThis.clearInterval.bind(globalThis),
  Date: globalThis.Date,
};

/** One real macrotask: lets promise callbacks and I/O run. */
export const yieldReal = () => new Promise<void>((resolve) => realTimers.setTimeout(resolve, 0));
