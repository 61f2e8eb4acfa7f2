import { runAdapterConformance } from '@authkit-internal/conformance';
import { startEmulator } from '@workos/authkit-emulator';
import { startBuiltApp } from './test-support/built-app.js';
import { TEST_COOKIE_PASSWORD } from './test-support/stack.js';

// The conformance suite every adapter runs, driven against this example's production build:
// the hand-written Express glue has to pass the same checks as the packaged adapters.
runAdapterConformance('example-express (core only)', async () => {
  const emulator = await startEmulator({ port: 0 });
  const app = await startBuiltApp({
    ...emulator.env,
    WORKOS_COOKIE_PASSWORD: TEST_COOKIE_PASSWORD,
  });
  return {
    origin: app.url,
    emulator,
    fetch: (request) => fetch(request, { redirect: 'manual' }),
    teardown: async () => {
      await app.stop();
      await emulator.stop();
    },
  };
});
