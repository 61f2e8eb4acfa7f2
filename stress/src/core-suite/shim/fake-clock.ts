/** Vitest-style fake timers for the matrix's bundles, on `@sinonjs/fake-timers`. */
import type { Clock, withGlobal } from '@sinonjs/fake-timers';
import { realTimers } from './timers.js';

type Faked = 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval' | 'Date';
const DEFAULT_FAKED: Faked[] = [
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'Date',
];

let timers: ReturnType<typeof withGlobal> | undefined;
let clock: Clock | undefined;

/**
 * Loads `@sinonjs/fake-timers` (the harness does, before a file runs): it sets a timeout when it
 * loads, which workerd allows only inside a handler, not at a bundle's global scope.
 */
export async function loadFakeTimers(): Promise<void> {
  const loaded = await import('@sinonjs/fake-timers');
  timers ??= (loaded.default ?? loaded).withGlobal(globalThis);
}

/** Starts faking (`toFake` as in Vitest; default: timers and `Date`) at `now`. */
export function useFakeTimers(options: { now?: number | Date; toFake?: string[] } = {}): void {
  clock?.uninstall();
  if (!timers) throw new Error('fake timers used before loadFakeTimers()');
  clock = timers.install({
    now: options.now ?? realTimers.Date.now(),
    toFake: (options.toFake ?? DEFAULT_FAKED) as Faked[],
  });
}

/** Restores the runtime's timers and `Date`; pending fake timers are dropped. */
export function useRealTimers(): void {
  clock?.uninstall();
  clock = undefined;
}

/** Moves the fake clock (and `Date`) without running timers; fakes only `Date` when not faking. */
export function setSystemTime(time: number | Date): void {
  if (clock) clock.setSystemTime(time);
  else useFakeTimers({ now: time, toFake: ['Date'] });
}

/** Runs every timer due within `ms`, in order, moving the clock. */
export function advanceTimersByTime(ms: number): void {
  clock?.tick(ms);
}

/** As {@link advanceTimersByTime}, letting promises settle between timers. */
export async function advanceTimersByTimeAsync(ms: number): Promise<void> {
  await clock?.tickAsync(ms);
}

/** Number of pending fake timers. */
export const getTimerCount = () => clock?.countTimers() ?? 0;
/** Whether timers are faked. */
export const isFakeTimers = () => clock !== undefined;
