/**
 * `@workos/authkit-emulator/testing`: helpers for test suites on Node (Vitest for the fixture).
 * Start servers on free ports, wait until they are ready, stop their whole process group, and run
 * an emulator per test file, and script a browser that signs in at it.
 */
export {
  type Hop,
  type Navigation,
  TestBrowser,
  type TestBrowserOptions,
  testId,
  testIds,
} from './browser.js';
export { CookieJar } from './cookie-jar.js';
export { type TestEmulatorOptions, useTestEmulator } from './fixture.js';
export { m2mToken } from './m2m.js';
export { freePort, type OnFreePortsOptions, onFreePorts } from './port.js';
export {
  environmentWithoutWorkos,
  type ReadyWhen,
  type RunningServer,
  type StartServerOptions,
  startServer,
  stopProcessGroup,
} from './process.js';
