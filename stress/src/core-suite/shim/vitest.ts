/**
 * What `vitest` resolves to inside the runtime matrix's bundles of the core's test files: the same
 * names, run by a small runner that needs no Node APIs. A name a test file imports that is missing
 * here fails that file's bundle, loudly.
 */
export { expect } from './expect.js';
export { afterAll, afterEach, beforeAll, beforeEach, describe, it, it as test } from './runner.js';
export { vi } from './vi.js';

/**
 * `expectTypeOf` asserts types, which the package's own typecheck (tsc) proves; at run time it
 * does nothing, as in Vitest, so a test file that mixes type and value assertions still runs here.
 */
// biome-ignore lint/suspicious/noExplicitAny: a chainable no-op that accepts every matcher call
const typeAssertion: any = new Proxy(() => typeAssertion, {
  get: () => typeAssertion,
  apply: () => typeAssertion,
});
export const expectTypeOf = (..._args: unknown[]) => typeAssertion;
