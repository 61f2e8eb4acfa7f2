import { ensureNext15FixtureBuilt } from './next15-fixture.js';

/** Builds the Next 15 fixture app once before the test files run (skipped when up to date). */
export default function setup(): void {
  ensureNext15FixtureBuilt();
}
