import { describe, expect, it } from 'vitest';
import { AuthKitError, OAuthStateMismatchError } from '../errors.js';
import { authErrorCode, explainAuthProblem } from './auth-problem.js';

describe('explainAuthProblem', () => {
  it('explains each callback failure in a sentence for the end user', () => {
    expect(explainAuthProblem('oauth_state_mismatch')).toMatch(/not the one this browser started/);
    expect(explainAuthProblem('pkce_cookie_missing')).toMatch(/cookies may be blocked/);
    expect(explainAuthProblem('pkce_payload_too_large')).toMatch(/cookie was too large/);
    expect(explainAuthProblem('missing_authorization_code')).toMatch(/without a sign-in code/);
    expect(explainAuthProblem('access_denied')).toMatch(/cancelled, or access/);
    expect(explainAuthProblem('auth_callback_failed')).toMatch(/was not accepted/);
  });

  it('answers a generic sentence for any other code, inherited names included', () => {
    const generic = 'Something went wrong while finishing the sign-in.';
    expect(explainAuthProblem('no_such_code')).toBe(generic);
    expect(explainAuthProblem('toString')).toBe(generic);
    expect(explainAuthProblem('__proto__')).toBe(generic);
  });
});

describe('authErrorCode', () => {
  it("reads an AuthKitError's code, or any object's string code", () => {
    expect(authErrorCode(new OAuthStateMismatchError())).toBe('oauth_state_mismatch');
    expect(authErrorCode(new AuthKitError('m', { code: 'no_session' }))).toBe('no_session');
    expect(authErrorCode({ code: 'access_denied' })).toBe('access_denied');
  });

  it('keeps only letters, digits, _, . and - (safe in HTML and URLs)', () => {
    expect(authErrorCode({ code: '<script>x</script>' })).toBe('scriptxscript');
    expect(authErrorCode({ code: 'a b"c&d.e-f_g' })).toBe('abcd.e-f_g');
  });

  it('is authentication_failed for values without a string code', () => {
    for (const value of [undefined, null, 'oops', new Error('x'), { code: 42 }]) {
      expect(authErrorCode(value)).toBe('authentication_failed');
    }
  });
});
