import { runAdapterConformance } from '@authkit-internal/conformance';
import { startEmulator } from '@workos/authkit-emulator';
import { createTestApp } from './test-support/app.js';
import { bindingsFor } from './test-support/env.js';

runAdapterConformance(
  'hono (Node, app.request)',
  async () => {
    const emulator = await startEmulator({ port: 0 });
    const origin = 'http://localhost:3901';
    const bindings = bindingsFor(emulator, origin);
    const app = createTestApp();
    return {
      fetch: async (request) => app.request(request, undefined, bindings),
      origin,
      emulator,
      teardown: () => emulator.stop(),
    };
  },
  { adapterKit: true },
);
