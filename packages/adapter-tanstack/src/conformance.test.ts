import { runAdapterConformance } from '@authkit-internal/conformance';
import { startEmulator } from '@workos/authkit-emulator';
import { serveExample } from './test-support/serve-example.js';

// The shared adapter suite, driven against the example's production build (vite build, served
// by `node server.mjs`): the middleware, server functions and callback run as TanStack Start
// runs them, talking to the emulator through the real WorkOS SDK.
runAdapterConformance(
  '@workos/authkit-tanstack-start',
  async () => {
    const emulator = await startEmulator({ port: 0 });
    const app = await serveExample(emulator.env);
    return {
      origin: app.origin,
      emulator,
      fetch: (request) => fetch(request, { redirect: 'manual' }),
      teardown: async () => {
        await app.stop();
        await emulator.stop();
      },
    };
  },
  { adapterKit: true },
);
