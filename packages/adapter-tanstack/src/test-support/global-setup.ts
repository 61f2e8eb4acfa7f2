import { ensureExampleBuilt } from './serve-example.js';

/** Builds the example once, before the test files (which run in parallel) start servers from it. */
export default function setup(): void {
  ensureExampleBuilt();
}
