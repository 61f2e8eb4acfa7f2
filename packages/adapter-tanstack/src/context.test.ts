import { AuthKitError } from '@workos/authkit-session';
import { describe, expect, it } from 'vitest';
import { getAuthFromContext } from './context.js';

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
});
