import { describe, expect, it } from 'vitest';
import { expect as shimExpect } from './expect.js';
import { loadFakeTimers } from './fake-clock.js';
import * as shim from './runner.js';

const passes = (assert: () => void) => {
  try {
    assert();
    return true;
  } catch {
    return false;
  }
};

class Point {
  constructor(
    readonly x: number,
    readonly y?: number,
  ) {}
}

/** Pairs that exercise Vitest's equality rules (undefined properties, types, nesting, matchers). */
const pairs: [unknown, unknown][] = [
  [{ a: 1, b: undefined }, { a: 1 }],
  [{ a: 1 }, { a: 1, b: 2 }],
  [
    [1, 2, 3],
    [1, 2, 3],
  ],
  [
    [1, 2],
    [2, 1],
  ],
  [new Point(1), { x: 1, y: undefined }],
  [new Date(5), new Date(5)],
  [new Date(5), new Date(6)],
  [/a/g, /a/g],
  [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])],
  [new Set([1, 2]), new Set([2, 1])],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  [new Error('x'), new Error('y')],
  [{ a: [{ b: 'c' }] }, { a: [{ b: 'c' }] }],
  [null, undefined],
  [Number.NaN, Number.NaN],
  [['a', 'b', 'c'], expect.arrayContaining(['c', 'a'])],
  [{ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } }],
  [{ a: 1 }, { a: 1, extra: undefined }],
];

describe('the portable expect agrees with Vitest', () => {
  for (const matcher of ['toEqual', 'toStrictEqual', 'toMatchObject'] as const) {
    it(`${matcher} on ${pairs.length} pairs`, () => {
      const disagreements: string[] = [];
      pairs.forEach(([actual, expected], index) => {
        const shimExpected = (expected as { asymmetricMatch?: unknown } | null)?.asymmetricMatch
          ? shimExpect.arrayContaining(['c', 'a'])
          : expected;
        const assertion = expect(actual);
        const vitestMatcher = assertion[matcher] as (value: unknown) => void;
        const real = passes(() => vitestMatcher.call(assertion, expected));
        const ours = passes(() => {
          const shimAssertion = shimExpect(actual);
          (shimAssertion[matcher] as (value: unknown) => void).call(shimAssertion, shimExpected);
        });
        if (real !== ours) disagreements.push(`pair ${index}: vitest ${real}, shim ${ours}`);
      });
      expect(disagreements).toEqual([]);
    });
  }

  it('fails what should fail, including negation, thrown errors and rejections', async () => {
    expect(passes(() => shimExpect(1).toBe(2))).toBe(false);
    expect(passes(() => shimExpect(1).not.toBe(1))).toBe(false);
    expect(passes(() => shimExpect([1]).toHaveLength(2))).toBe(false);
    expect(passes(() => shimExpect(() => {}).toThrow())).toBe(false);
    expect(
      passes(() =>
        shimExpect(() => {
          throw new TypeError('boom');
        }).toThrow(RangeError),
      ),
    ).toBe(false);
    expect(
      passes(() =>
        shimExpect(() => {
          throw new TypeError('boom');
        }).toThrow('boom'),
      ),
    ).toBe(true);
    await expect(shimExpect(Promise.resolve(1)).rejects.toBeInstanceOf(Error)).rejects.toThrow();
    // passes (a failing assertion would reject and fail this test)
    await shimExpect(Promise.reject(new TypeError('x'))).rejects.toBeInstanceOf(TypeError);
  });
});

describe('the portable runner', () => {
  it('runs hooks in Vitest order and fails every test of a suite whose beforeAll throws', async () => {
    const order: string[] = [];
    shim.describe('outer', () => {
      shim.beforeAll(() => void order.push('beforeAll'));
      shim.beforeEach(() => void order.push('beforeEach'));
      shim.afterEach(() => void order.push('afterEach'));
      shim.afterAll(() => void order.push('afterAll'));
      shim.it('passes', () => void order.push('test'));
      shim.it('fails', () => shimExpect(1).toBe(2));
      shim.it.each([1, 2])('row %s', (n) => shimExpect(n).toBeGreaterThan(0));
    });
    shim.describe('broken', () => {
      shim.beforeAll(() => {
        throw new Error('setup failed');
      });
      shim.it('never runs', () => {});
    });
    const results = await shim.runCollected();
    expect(results.map((r) => [r.name, r.ok])).toEqual([
      ['outer > passes', true],
      ['outer > fails', false],
      ['outer > row 1', true],
      ['outer > row 2', true],
      ['broken > never runs', false],
    ]);
    expect(order.slice(0, 4)).toEqual(['beforeAll', 'beforeEach', 'test', 'afterEach']);
    expect(order.at(-1)).toBe('afterAll');
  });
});

describe('the portable vi', () => {
  it('fakes setTimeout and Date, firing timers in order as the clock advances', async () => {
    const { vi: shimVi } = await import('./vi.js');
    await loadFakeTimers();
    const fired: string[] = [];
    shimVi.useFakeTimers({ now: 1_000 });
    try {
      setTimeout(() => fired.push(`b@${Date.now()}`), 200);
      setTimeout(() => fired.push(`a@${Date.now()}`), 100);
      const cancelled = setTimeout(() => fired.push('never'), 150);
      clearTimeout(cancelled);
      await shimVi.advanceTimersByTimeAsync(150);
      expect(fired).toEqual(['a@1100']);
      await shimVi.advanceTimersByTimeAsync(50);
      expect(fired).toEqual(['a@1100', 'b@1200']);
      expect(Date.now()).toBe(1_200);
    } finally {
      shimVi.useRealTimers();
    }
    expect(Date.now()).toBeGreaterThan(1_000_000);
  });

  it('records mock calls for the toHaveBeenCalled matchers', async () => {
    const { vi: shimVi } = await import('./vi.js');
    await loadFakeTimers();
    const spy = shimVi.fn((n: unknown) => Number(n) * 2);
    expect(spy(2)).toBe(4);
    expect(passes(() => shimExpect(spy).toHaveBeenCalledTimes(1))).toBe(true);
    expect(passes(() => shimExpect(spy).toHaveBeenCalledWith(2))).toBe(true);
    expect(passes(() => shimExpect(spy).toHaveBeenCalledWith(3))).toBe(false);
    expect(passes(() => shimExpect(spy).not.toHaveBeenCalled())).toBe(false);
  });
});
