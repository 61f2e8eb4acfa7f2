/**
 * `@workos/authkit-emulator/testing`: helpers for test suites on Node (Vitest for the fixture).
 * Start servers on free ports, wait until they are ready, stop their whole process group, and run
 * an emulator per test file.
 */
export { type TestEmulatorOptions, useTestEmulator } from './fixture.js';
export { freePort } from './port.js';
export {
  environmentWithoutWorkos,
  type ReadyWhen,
  type RunningServer,
  type StartServerOptions,
  startServer,
  stopProcessGroup,
} from './process.js';
