/**
 * The part of Vitest's `vi` the core's tests use: `fn`, `waitFor`, and fake timers (`Date`,
 * `setTimeout`, `setInterval`) from `@vitest/spy` and `@sinonjs/fake-timers`. A missing member fails the test that calls it.
 */

import { fn } from '@vitest/spy';
import * as clock from './fake-clock.js';
import { realTimers } from './timers.js';

let betweenAttempts: () => Promise<void> = async () => {};

/** Sets what `vi.waitFor` runs between attempts (the proxies refresh their mirror there). */
export function beforeEachWaitAttempt(hook: () => Promise<void>): void {
  betweenAttempts = hook;
}

async function waitFor<T>(
  check: () => T | Promise<T>,
  options: number | { timeout?: number; interval?: number } = {},
): Promise<T> {
  const { timeout = 1000, interval = 50 } =
    typeof options === 'number' ? { timeout: options } : options;
  const started = realTimers.Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (realTimers.Date.now() - started >= timeout) throw error;
    }
    await new Promise((resolve) => realTimers.setTimeout(resolve, interval));
    await betweenAttempts();
  }
}

const chain =
  <A extends unknown[]>(action: (...args: A) => unknown) =>
  (...args: A) => {
    action(...args);
    return vi;
  };

/** Vitest's `vi` (the subset above). */
export const vi = {
  fn,
  waitFor,
  useFakeTimers: chain(clock.useFakeTimers),
  useRealTimers: chain(clock.useRealTimers),
  setSystemTime: chain(clock.setSystemTime),
  advanceTimersByTime: chain(clock.advanceTimersByTime),
  advanceTimersByTimeAsync: async (ms: number) => {
    await clock.advanceTimersByTimeAsync(ms);
    return vi;
  },
  getTimerCount: clock.getTimerCount,
  isFakeTimers: clock.isFakeTimers,
  getRealSystemTime: () => realTimers.Date.now(),
};
