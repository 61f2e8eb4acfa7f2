/**
 * What `vitest` resolves to inside the runtime matrix's bundles of the core's test files: the same
 * names, run by a small runner that needs no Node APIs. A name a test file imports that is missing
 * here fails that file's bundle, loudly.
 */
export { expect } from './expect.js';
export { afterAll, afterEach, beforeAll, beforeEach, describe, it, it as test } from './runner.js';
export { vi } from './vi.js';
