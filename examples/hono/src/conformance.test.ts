import { runAdapterConformance } from '@authkit-internal/conformance';
import { startEmulator } from '@workos/authkit-emulator';
import { startBuiltServer } from './test-support/built-server.js';

// The shared adapter conformance suite, against the production build over real HTTP.
runAdapterConformance('example-hono (built server)', async () => {
  const emulator = await startEmulator({ port: 0 });
  const server = await startBuiltServer(emulator);
  return {
    origin: server.origin,
    emulator,
    fetch: (request) => fetch(request, { redirect: 'manual' }),
    teardown: async () => {
      await server.stop();
      await emulator.stop();
    },
  };
});
