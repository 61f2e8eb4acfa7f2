/** The part of Vitest's `vi` the core's tests use: `waitFor` and a fake system clock (`Date` only). */

const RealDate = Date;
let fakeNow: number | undefined;

class FakeDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0 && fakeNow !== undefined) super(fakeNow);
    else super(...(args as [number]));
  }

  static override now(): number {
    return fakeNow ?? RealDate.now();
  }
}

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
  const started = RealDate.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (RealDate.now() - started >= timeout) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
    await betweenAttempts();
  }
}

/** `vi`: `waitFor` retries a check (default 1 s, every 50 ms); `useFakeTimers({ now })` freezes `Date` at `now`, `setSystemTime` moves it, `useRealTimers` restores it. */
export const vi = {
  waitFor,
  useFakeTimers(options: { now?: number | Date } = {}) {
    fakeNow = options.now === undefined ? RealDate.now() : Number(options.now);
    globalThis.Date = FakeDate as DateConstructor;
    return vi;
  },
  setSystemTime(time: number | Date) {
    fakeNow = Number(time);
    if (globalThis.Date !== FakeDate) globalThis.Date = FakeDate as DateConstructor;
    return vi;
  },
  useRealTimers() {
    fakeNow = undefined;
    globalThis.Date = RealDate;
    return vi;
  },
  getRealSystemTime: () => RealDate.now(),
  isFakeTimers: () => fakeNow !== undefined,
};
