/**
 * Vitest's `expect` for the runtime matrix's bundles: chai with `@vitest/expect`'s Jest matchers,
 * asymmetric matchers and assertion counting, wired as Vitest wires them (without snapshots).
 */
import {
  ASYMMETRIC_MATCHERS_OBJECT,
  type ExpectStatic,
  GLOBAL_EXPECT,
  getState,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  setState,
} from '@vitest/expect';
import * as chai from 'chai';

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);

const globals = globalThis as unknown as Record<symbol, unknown>;

/** Vitest's `expect`: every call counts as an assertion for `expect.assertions(n)`. */
export const expect = ((value: unknown, message?: string) => {
  setState({ assertionCalls: getState(expect).assertionCalls + 1 }, expect);
  return chai.expect(value, message);
}) as ExpectStatic & { assertions(count: number): void; hasAssertions(): void };
Object.assign(expect, chai.expect);
Object.assign(expect, globals[ASYMMETRIC_MATCHERS_OBJECT]);
expect.getState = () => getState(expect);
expect.setState = (state) => setState(state, expect);
expect.assertions = (count: number) => setState({ expectedAssertionsNumber: count }, expect);
expect.hasAssertions = () => setState({ isExpectingAssertions: true }, expect);
globals[GLOBAL_EXPECT] = expect;

/** Starts counting assertions for one test. */
export function resetAssertionCount(): void {
  setState(
    { assertionCalls: 0, isExpectingAssertions: false, expectedAssertionsNumber: null },
    expect,
  );
}

resetAssertionCount();

/** Fails when the test asked for `expect.assertions(n)` / `hasAssertions()` and did not get them. */
export function checkAssertionCount(): void {
  const { assertionCalls, isExpectingAssertions, expectedAssertionsNumber } = getState(expect);
  if (isExpectingAssertions && assertionCalls === 0) {
    throw new chai.AssertionError('expected at least one assertion to be called');
  }
  if (expectedAssertionsNumber !== null && assertionCalls !== expectedAssertionsNumber) {
    throw new chai.AssertionError(
      `expected number of assertions to be ${expectedAssertionsNumber}, but got ${assertionCalls}`,
    );
  }
}
