import { runAdapterConformance } from '@authkit-internal/conformance';
import { startEmulator } from '@workos/authkit-emulator';
import { configureForEmulator, createFixtureApp } from './test-support/fixture-app.js';

const origin = 'http://localhost:3000';

runAdapterConformance(
  '@workos/authkit-next (proxy + route handlers in-process)',
  async () => {
    const emulator = await startEmulator({ port: 0 });
    configureForEmulator(emulator, origin);
    const fetch = createFixtureApp({
      middlewareAuth: {
        enabled: true,
        unauthenticatedPaths: ['/', '/login', '/signup', '/logout'],
      },
      signUpPaths: ['/signup'],
    });
    return { fetch, origin, emulator, teardown: () => emulator.stop() };
  },
  { adapterKit: true },
);
