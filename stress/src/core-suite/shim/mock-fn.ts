/** `vi.fn`: a function that records its calls and can be given an implementation. */

/** What a mock remembers. */
export interface MockState {
  calls: unknown[][];
  results: { type: 'return' | 'throw'; value: unknown }[];
}

/** A mock function. */
export type MockFn = ((...args: unknown[]) => unknown) & {
  mock: MockState;
  mockImplementation(fn: (...args: unknown[]) => unknown): MockFn;
  mockReturnValue(value: unknown): MockFn;
  mockResolvedValue(value: unknown): MockFn;
  mockRejectedValue(value: unknown): MockFn;
  mockClear(): MockFn;
  mockReset(): MockFn;
  _isMockFunction: true;
};

/** Creates a mock, calling `impl` when given. */
export function fn(impl?: (...args: unknown[]) => unknown): MockFn {
  let current = impl;
  const mock: MockState = { calls: [], results: [] };
  const spy = function (this: unknown, ...args: unknown[]) {
    mock.calls.push(args);
    try {
      const value = current?.apply(this, args);
      mock.results.push({ type: 'return', value });
      return value;
    } catch (error) {
      mock.results.push({ type: 'throw', value: error });
      throw error;
    }
  } as MockFn;
  return Object.assign(spy, {
    mock,
    _isMockFunction: true as const,
    mockImplementation: (next: (...args: unknown[]) => unknown) => {
      current = next;
      return spy;
    },
    mockReturnValue: (value: unknown) => spy.mockImplementation(() => value),
    mockResolvedValue: (value: unknown) => spy.mockImplementation(async () => value),
    mockRejectedValue: (value: unknown) =>
      spy.mockImplementation(async () => {
        throw value;
      }),
    mockClear: () => {
      mock.calls.length = 0;
      mock.results.length = 0;
      return spy;
    },
    mockReset: () => {
      current = undefined;
      return spy.mockClear();
    },
  });
}

/** Whether `value` is a mock made by {@link fn}. */
export const isMock = (value: unknown): value is MockFn =>
  typeof value === 'function' && (value as Partial<MockFn>)._isMockFunction === true;
