import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator.js';

/** Options of `useTestEmulator`: the emulator's own, plus when to reset it. */
export interface TestEmulatorOptions extends EmulatorOptions {
  /**
   * Reset to the seed and default settings (clock, TTL, faults, calls, sessions) before each
   * test (default true). Pass false when the tests of a file build on one another.
   */
  resetBeforeEach?: boolean;
}

/**
 * Starts an emulator before the tests of the file (Vitest's `beforeAll`), resets it before each
 * test and stops it after them. Returns a handle that stands for the running emulator: read its
 * members inside tests and hooks (before `beforeAll` has run there is no emulator yet).
 */
export function useTestEmulator(options: TestEmulatorOptions = {}): Emulator {
  const { resetBeforeEach = true, ...emulatorOptions } = options;
  let running: Emulator | undefined;
  beforeAll(async () => {
    running = await startEmulator(emulatorOptions);
  });
  afterAll(async () => {
    await running?.stop();
    running = undefined;
  });
  if (resetBeforeEach) beforeEach(() => running?.reset());
  return new Proxy({} as Emulator, {
    get(_, property) {
      if (!running) {
        throw new Error(
          `useTestEmulator(): emulator.${String(property)} was read before the emulator started; read it inside a test or hook`,
        );
      }
      const value = Reflect.get(running, property, running);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}
