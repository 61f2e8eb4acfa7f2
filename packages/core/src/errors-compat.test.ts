import { describe, expect, it } from 'vitest';
import {
  AuthCallbackError,
  CallbackError,
  InvalidArgumentError,
  MissingAuthorizationCodeError,
  OAuthStateMismatchError,
  PKCECookieMissingError,
  SessionRefreshError,
  TokenRefreshError,
} from './errors.js';

describe('the original Next adapter’s error names', () => {
  it('CallbackError matches every callback failure and nothing else', () => {
    for (const error of [
      new AuthCallbackError('x'),
      new MissingAuthorizationCodeError(),
      new OAuthStateMismatchError(),
      new PKCECookieMissingError(),
    ]) {
      expect(error instanceof CallbackError, error.name).toBe(true);
    }
    expect(new InvalidArgumentError('x') instanceof CallbackError).toBe(false);
    expect(new Error('x') instanceof CallbackError).toBe(false);
    expect(CallbackError[Symbol.hasInstance](null)).toBe(false);
  });

  it('TokenRefreshError is SessionRefreshError, with isTransient = !terminal', () => {
    expect(TokenRefreshError).toBe(SessionRefreshError);
    expect(new SessionRefreshError('x', { terminal: false }).isTransient).toBe(true);
    expect(new SessionRefreshError('x', { terminal: true }).isTransient).toBe(false);
  });
});
