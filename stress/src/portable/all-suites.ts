import type { PortableTest } from './mini-test.js';
import { chunkingSuite } from './suites/chunking.js';
import { honoE2eSuite } from './suites/hono-e2e.js';
import { hostileSuite } from './suites/hostile.js';
import { jwtSuite } from './suites/jwt.js';
import { pkceSuite } from './suites/pkce.js';
import { refreshSuite } from './suites/refresh.js';
import { runtimeBasicsSuite } from './suites/runtime-basics.js';
import { sealSuite } from './suites/seal.js';

/** Every portable suite, by the name the matrix uses for it. */
export const allSuites: Record<string, PortableTest[]> = {
  runtime: runtimeBasicsSuite,
  seal: sealSuite,
  chunking: chunkingSuite,
  jwt: jwtSuite,
  refresh: refreshSuite,
  pkce: pkceSuite,
  hostile: hostileSuite,
  hono: honoE2eSuite,
};
