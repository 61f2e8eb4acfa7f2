import type { PortableTest } from './mini-test.js';
import { runtimeBasicsSuite } from './suites/runtime-basics.js';

/** Every portable suite, by the name the matrix uses for it. */
export const allSuites: Record<string, PortableTest[]> = {
  runtime: runtimeBasicsSuite,
};
