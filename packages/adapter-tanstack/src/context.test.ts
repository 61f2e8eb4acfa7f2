import { AuthKitError } from '@workos/authkit-session';
import { describe, expect, it } from 'vitest';
import { getAuthFromContext, getAuthKitContext, getAuthKitContextOrNull } from './context.js';

describe('getAuthFromContext', () => {
  it('outside a request (or without the middleware) throws a typed error naming the fix', () => {
    let caught: unknown;
    try {
      getAuthFromContext();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AuthKitError);
    expect((caught as AuthKitError).code).toBe('middleware_not_registered');
    expect((caught as Error).message).toMatch(/authkitMiddleware\(\)/);
  });

  it('getAuthKitContextOrNull is null there, and getAuthKitContext throws the same typed error', () => {
    expect(getAuthKitContextOrNull()).toBeNull();
    expect(() => getAuthKitContext()).toThrow(/authkitMiddleware\(\)/);
    try {
      getAuthKitContext();
    } catch (error) {
      expect((error as AuthKitError).code).toBe('middleware_not_registered');
    }
  });
});
