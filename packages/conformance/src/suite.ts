import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { type ConformanceApp, SuiteContext } from './context.js';
import { errorTests } from './errors.tests.js';
import { redirectTests } from './redirects.tests.js';
import { refreshTests } from './refresh.tests.js';
import { adapterKitResponseTests } from './responses.tests.js';
import { securityTests } from './security.tests.js';
import { sessionTests } from './session.tests.js';
import { signInTests } from './sign-in.tests.js';

/** Options of {@link runAdapterConformance}. */
export interface ConformanceOptions {
  /**
   * The app answers through the core's adapter kit (the adapters do): also check its exact
   * statuses and headers (307/401 no-store/400 no-store), not only "a redirect" or "an error".
   */
  adapterKit?: boolean;
}

/**
 * Registers the shared adapter conformance tests. `setup()` runs once, before the tests, and
 * returns the app under test (serving docs/contracts.md §3) and the emulator it talks to.
 */
export function runAdapterConformance(
  name: string,
  setup: () => Promise<ConformanceApp> | ConformanceApp,
  options: ConformanceOptions = {},
): void {
  const ctx = new SuiteContext();

  describe(`${name}: adapter conformance`, () => {
    beforeAll(async () => {
      ctx.set(await setup());
    }, 30_000);

    afterAll(async () => {
      const app = ctx.app;
      ctx.set(undefined);
      await app.teardown?.();
    });

    beforeEach(() => {
      ctx.emulator.setAccessTokenTtl(300);
    });

    describe('sign-in and callback', () => signInTests(ctx));
    describe('session', () => sessionTests(ctx));
    describe('refresh', { timeout: 20_000 }, () => refreshTests(ctx));
    describe('callback errors', () => errorTests(ctx));
    describe('open redirects', () => redirectTests(ctx));
    if (options.adapterKit) describe('adapter-kit responses', () => adapterKitResponseTests(ctx));
    describe('hostile requests', () => securityTests(ctx));
  });
}
