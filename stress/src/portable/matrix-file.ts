/**
 * The portable suites as one test file of the matrix: each portable test becomes an `it()` of the
 * Vitest shim, run by the same runners and harness as the core's own test files, against an
 * emulator the matrix parent starts (`startEmulator` is the control server's proxy there).
 */
import { startEmulator } from '@workos/authkit-emulator';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { allSuites } from './all-suites.js';
import type { PortableContext } from './mini-test.js';

const TEST_TIMEOUT_MS = 20_000;

let emulator: Awaited<ReturnType<typeof startEmulator>> | undefined;
let ctx: PortableContext | undefined;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  const runtime = (globalThis as { __matrixRuntime?: string }).__matrixRuntime ?? 'matrix';
  ctx = {
    emulatorUrl: emulator.url,
    clientId: emulator.clientId,
    apiKey: emulator.apiKey,
    runtime,
  };
});
afterAll(() => emulator?.stop());

for (const [suite, tests] of Object.entries(allSuites)) {
  describe(`portable ${suite}`, () => {
    for (const test of tests) {
      it(
        test.name,
        () => {
          if (!ctx) throw new Error('the portable suites ran before the emulator started');
          return test.run(ctx);
        },
        TEST_TIMEOUT_MS,
      );
    }
  });
}
