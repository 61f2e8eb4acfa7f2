/** Vitest-style fake timers: a fake `Date` and fake `setTimeout`/`setInterval`, advanced by hand. */
import { realTimers, yieldReal } from './timers.js';

type Faked = 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval' | 'Date';
const ALL: Faked[] = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'];

interface Timer {
  id: number;
  at: number;
  every?: number;
  run: () => void;
}

const RealDate = realTimers.Date;
let now: number | undefined;
let timers: Timer[] = [];
let nextId = 1;

class FakeDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0 && now !== undefined) super(now);
    else super(...(args as [number]));
  }

  static override now(): number {
    return now ?? RealDate.now();
  }
}

const schedule =
  (every: boolean) =>
  (run: (...a: unknown[]) => void, delay = 0, ...args: unknown[]) => {
    const ms = Math.max(0, Number(delay) || 0);
    const timer: Timer = { id: nextId++, at: (now ?? 0) + ms, run: () => run(...args) };
    if (every) timer.every = Math.max(1, ms);
    timers.push(timer);
    return timer.id;
  };

const cancel = (id: unknown) => {
  timers = timers.filter((t) => t.id !== Number(id));
};

const fakes: Record<Faked, unknown> = {
  setTimeout: schedule(false),
  setInterval: schedule(true),
  clearTimeout: cancel,
  clearInterval: cancel,
  Date: FakeDate,
};

/** Starts faking (`toFake` as in Vitest; default: timers and `Date`) at `now`. */
export function useFakeTimers(options: { now?: number | Date; toFake?: string[] } = {}): void {
  now = options.now === undefined ? RealDate.now() : Number(options.now);
  const global = globalThis as unknown as Record<string, unknown>;
  for (const name of ALL) {
    if (!options.toFake || options.toFake.includes(name)) global[name] = fakes[name];
  }
}

/** Restores the runtime's timers and `Date`; pending fake timers are dropped. */
export function useRealTimers(): void {
  now = undefined;
  timers = [];
  Object.assign(globalThis, realTimers);
}

/** Moves the fake clock (and `Date`) without running timers. */
export function setSystemTime(time: number | Date): void {
  if (now === undefined) useFakeTimers({ now: time, toFake: ['Date'] });
  now = Number(time);
}

function due(target: number): Timer | undefined {
  return timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
}

function fire(timer: Timer): void {
  now = timer.at;
  if (timer.every) timer.at += timer.every;
  else cancel(timer.id);
  timer.run();
}

/** Runs every timer due within `ms`, in order, moving the clock. */
export function advanceTimersByTime(ms: number): void {
  const target = (now ?? RealDate.now()) + ms;
  for (let timer = due(target); timer; timer = due(target)) fire(timer);
  now = target;
}

/** As {@link advanceTimersByTime}, letting promises and I/O settle before and after each timer. */
export async function advanceTimersByTimeAsync(ms: number): Promise<void> {
  const target = (now ?? RealDate.now()) + ms;
  await yieldReal();
  for (let timer = due(target); timer; timer = due(target)) {
    fire(timer);
    await yieldReal();
  }
  now = target;
  await yieldReal();
}

/** Number of pending fake timers. */
export const getTimerCount = () => timers.length;
/** Whether timers are faked. */
export const isFakeTimers = () => now !== undefined;
